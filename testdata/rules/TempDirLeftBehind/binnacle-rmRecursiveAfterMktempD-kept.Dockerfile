FROM debian:12-slim
RUN GNUPGHOME="$(mktemp -d)" \
 && export GNUPGHOME \
 && gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104 \
 && gpg --batch --export 0E163286C20D07B9787EBE9FD7F9D0414FD08104 > /usr/share/keyrings/example.gpg \
 && gpgconf --kill all \
 && rm -rf "$GNUPGHOME"
