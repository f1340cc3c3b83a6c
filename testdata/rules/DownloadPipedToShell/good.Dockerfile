FROM debian:12
# downloaded to a file, checked, then run
RUN curl -fsSLo install.sh https://example.com/install.sh \
 && echo "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  install.sh" | sha256sum -c - \
 && sh install.sh
# piped into a program that is not a shell reading a script
RUN curl -fsSL https://example.com/x.tgz | tar -xz
RUN curl -fsSL https://example.com/key | bash -c 'cat > /etc/key'
# the download goes to a file
RUN curl -fsSLo /tmp/x https://example.com/x | sh
