# dlint-test: fixes safe
FROM debian:12
# expect: PackageCacheInLayer
RUN apt-get update && apt-get install -y --no-install-recommends curl
# expect: PackageCacheInLayer
RUN apt-get update \
 && apt-get install -y --no-install-recommends git \
 && echo done;
# expect: PackageCacheInLayer
RUN set -eux; apt-get update; apt-get install -y --no-install-recommends wget # a comment
