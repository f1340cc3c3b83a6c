FROM debian:12-slim
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && curl -fsSL -o /tmp/app.tgz.asc https://example.com/app.tgz.asc \
 && gpg --batch --verify /tmp/app.tgz.asc /tmp/app.tgz \
 && tar -xzf /tmp/app.tgz -C /opt \
 && rm /tmp/app.tgz /tmp/app.tgz.asc
# kept next to the file it signs, which the layer keeps too
RUN curl -fsSL -o /usr/src/app.tar.xz https://example.com/app.tar.xz \
 && curl -fsSL -o /usr/src/app.tar.xz.asc https://example.com/app.tar.xz.asc \
 && gpg --batch --verify /usr/src/app.tar.xz.asc /usr/src/app.tar.xz
