# cargo fetch needs the crate's targets (src/main.rs or src/lib.rs), not only Cargo.toml and Cargo.lock: no fix.
# dlint-test: file Cargo.toml = [package]\nname = "app"\nversion = "0.1.0"\n
# dlint-test: file Cargo.lock
# dlint-test: file src/main.rs = fn main() {}\n
FROM rust:1.82
WORKDIR /src
# expect: CacheBustingCopy
COPY . .
RUN cargo fetch
RUN cargo build --release
