FROM debian:12-slim
# expect: PackageCacheInLayer as DL3009
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
