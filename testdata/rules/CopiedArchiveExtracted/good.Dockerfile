FROM debian:12-slim AS builder
COPY packaged-app.tar /usr/src/app/
RUN ls /usr/src/app
COPY package.json /app/
RUN tar -xf package.json
# a different file with the same name elsewhere
COPY other.tar /opt/
RUN tar -xf /srv/other.tar
# ADD extracts by itself
ADD rootfs.tar.gz /
FROM debian:12-slim
# archives from another stage are not in the build context
COPY --from=builder /usr/src/app/packaged-app.tar /tmp/
RUN tar -xf /tmp/packaged-app.tar
# creating an archive is not extracting one
COPY logs.tar /tmp/
RUN tar -cf /tmp/logs.tar /var/log
# an unrelated stage does not see the copy
FROM debian:12-slim
RUN tar -xf /opt/other.tar
