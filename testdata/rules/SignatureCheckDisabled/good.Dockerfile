FROM debian:12
RUN apt-get install -y --no-install-recommends curl
# a local repository of packages the build made itself
RUN echo "deb [ trusted=yes ] file:///tmp/packages ./" > /etc/apt/sources.list.d/temp.list
FROM alpine:3.20
# packages the build made or copied in, with nothing downloaded in this RUN
RUN apk add --no-cache --allow-untrusted /tmp/packages/*.apk
# indexing local packages installs nothing
RUN apk index --allow-untrusted -o /tmp/packages/APKINDEX.tar.gz /tmp/packages/*.apk
