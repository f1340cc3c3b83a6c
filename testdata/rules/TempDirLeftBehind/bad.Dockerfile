FROM debian:12-slim
# expect: TempDirLeftBehind:12 "The directory `mktemp -d` makes for `GNUPGHOME` is never removed"
RUN export GNUPGHOME="$(mktemp -d)" \
 && gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104 \
 && gpg --batch --export 0E163286C20D07B9787EBE9FD7F9D0414FD08104 > /usr/share/keyrings/example.gpg
# expect: TempDirLeftBehind:5 "`build`"
RUN build=$(mktemp --directory) && cd "$build" && curl -fsSL https://example.com/app.tgz | tar -xz && make install
# removing something else is not removing it
# expect: TempDirLeftBehind
RUN tmp="$(mktemp -d -t app.XXXXXX)" && cp /etc/hostname "$tmp/" && rm -rf /var/tmp/app
# assigned for one command only: reported, without a fix
# expect: TempDirLeftBehind "Assign it on its own first"
RUN GNUPGHOME="$(mktemp -d)" gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
