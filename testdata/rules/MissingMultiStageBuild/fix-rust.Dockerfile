# A release binary under target/release/ that the CMD runs: split onto a slim Debian base (lower-case file).
# expect: MissingMultiStageBuild
from rust:1.82
workdir /usr/src/app
copy . .
run cargo build --release
cmd ["./target/release/app"]
