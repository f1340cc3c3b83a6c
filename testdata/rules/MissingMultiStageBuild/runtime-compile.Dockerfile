# Images that compile when the container runs need their toolchain: not flagged.
FROM debian:12-slim AS bpf
RUN apt-get update && apt-get install -y --no-install-recommends clang llvm make git ca-certificates \
 && git clone --depth 1 https://github.com/iovisor/bcc.git /usr/src/bcc \
 && cd /usr/src/bcc && make && make install
ENTRYPOINT ["/usr/share/bcc/tools/execsnoop"]

FROM gcc:14 AS dev
WORKDIR /src
COPY . .
RUN make
CMD ["make", "test"]
