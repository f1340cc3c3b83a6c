FROM debian:12-slim
RUN curl -fsSL https://example.com/app.tgz -o /tmp/app.tgz
RUN wget -q https://example.com/app.tgz -O /tmp/app.tgz
# hosts on the machine or the private network
RUN curl -fsS http://localhost:8080/health && curl -fsS http://127.0.0.1:9000/ && curl -fsS http://10.0.0.5/x
RUN curl -fsS http://app:8080/ready && curl -fsS http://metadata.google.internal/
# verified in the same RUN
RUN curl -fsSL http://example.com/app.tgz -o /tmp/app.tgz \
 && echo "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  /tmp/app.tgz" | sha256sum -c -
# an ARG without a default: the URL comes at build time
ARG RELEASE_URL
RUN curl -fsSL "$RELEASE_URL" -o /tmp/release.tgz
