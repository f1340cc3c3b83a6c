FROM debian:12-slim AS build
RUN git clone --depth 1 https://example.com/lib.git /usr/src/lib && make -C /usr/src/lib

FROM debian:12-slim
COPY --from=build /usr/src/lib/out /usr/local/lib/
RUN mkdir -p /usr/src/app \
 && curl -fsSL https://example.com/app.tgz | tar -xz -C /usr/src/app --strip-components=1 \
 && make -C /usr/src/app \
 && make -C /usr/src/app install \
 && rm -rf /usr/src/app
# unpacked but not built: kept sources (like php's /usr/src/php.tar.xz)
RUN mkdir -p /usr/src/docs && curl -fsSL https://example.com/docs.tgz | tar -xz -C /usr/src/docs
# the application lives there
WORKDIR /usr/src/server
RUN git clone --depth 1 https://example.com/server.git /usr/src/server && make
