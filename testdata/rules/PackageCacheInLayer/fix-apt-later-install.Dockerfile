FROM debian:12
# a later RUN installs without refreshing the lists: deleting them here would break it, so the fix is unsafe
# expect: PackageCacheInLayer
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get install -y --no-install-recommends git
