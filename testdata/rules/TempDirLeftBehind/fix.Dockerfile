# dlint-test: fixes safe
FROM debian:12-slim
# expect: TempDirLeftBehind
RUN export GNUPGHOME="$(mktemp -d)" \
 && gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104 \
 && gpg --batch --export 0E163286C20D07B9787EBE9FD7F9D0414FD08104 > /usr/share/keyrings/example.gpg
# expect: TempDirLeftBehind
RUN set -eux; tmp="$(mktemp -d)"; cp /etc/hostname "$tmp/"
