FROM debian:12
# a cleanup before the update does not delete what the update fetches
# expect: PackageCacheInLayer:36 as DL3009
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl
