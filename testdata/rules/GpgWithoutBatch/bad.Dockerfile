FROM debian:12-slim
# expect: GpgWithoutBatch:5 "`gpg` without --batch"
RUN gpg --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
# expect: GpgWithoutBatch "`gpg2`"
RUN gpg2 --verify /tmp/app.tgz.asc /tmp/app.tgz
# expect: GpgWithoutBatch
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
# --no-tty is not --batch
# expect: GpgWithoutBatch
RUN gpg --no-tty --import /tmp/key.asc
