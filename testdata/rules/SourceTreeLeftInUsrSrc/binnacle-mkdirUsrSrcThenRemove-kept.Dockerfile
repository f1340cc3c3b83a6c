FROM debian:12-slim
RUN mkdir -p /usr/src/app \
 && curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && tar -xzf /tmp/app.tgz -C /usr/src/app --strip-components=1 \
 && rm /tmp/app.tgz \
 && make -C /usr/src/app \
 && make -C /usr/src/app install \
 && rm -rf /usr/src/app
