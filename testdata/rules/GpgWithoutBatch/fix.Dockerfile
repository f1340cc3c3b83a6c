# dlint-test: fixes safe
FROM debian:12-slim
# expect: GpgWithoutBatch
RUN gpg --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
# expect: GpgWithoutBatch
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
