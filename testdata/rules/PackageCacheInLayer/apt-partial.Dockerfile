FROM debian:12
# deleting part of the lists leaves the rest
# expect: PackageCacheInLayer:5 as DL3009
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/partial
