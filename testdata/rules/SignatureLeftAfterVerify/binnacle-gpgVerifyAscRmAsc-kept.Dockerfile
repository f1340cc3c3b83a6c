FROM debian:12-slim
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && curl -fsSL -o /tmp/app.tgz.asc https://example.com/app.tgz.asc \
 && gpg --batch --verify /tmp/app.tgz.asc /tmp/app.tgz \
 && tar -xzf /tmp/app.tgz -C /opt \
 && rm /tmp/app.tgz /tmp/app.tgz.asc
