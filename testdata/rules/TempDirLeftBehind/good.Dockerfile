FROM debian:12-slim AS keys
# a build stage: not judged
RUN export GNUPGHOME="$(mktemp -d)" && gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104

FROM debian:12-slim
RUN export GNUPGHOME="$(mktemp -d)" \
 && gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104 \
 && gpg --batch --export 0E163286C20D07B9787EBE9FD7F9D0414FD08104 > /usr/share/keyrings/example.gpg \
 && gpgconf --kill all \
 && rm -rf "$GNUPGHOME"
RUN tmp=$(mktemp -d) && cp /etc/hostname "$tmp/" && rm -rf "${tmp}"
# mktemp without -d makes a file
RUN f=$(mktemp) && echo x > "$f"
# /tmp emptied later in the same RUN, or on a tmpfs
RUN d="$(mktemp -d)" && cp /etc/hostname "$d/" && rm -rf /tmp/*
RUN --mount=type=tmpfs,target=/tmp d="$(mktemp -d)" && cp /etc/hostname "$d/"
