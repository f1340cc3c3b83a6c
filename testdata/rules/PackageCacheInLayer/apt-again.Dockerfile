FROM debian:12
# a second update after the cleanup fetches the lists again
# expect: PackageCacheInLayer as DL3009
RUN apt-get update && apt-get install -y gnupg && rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y x
