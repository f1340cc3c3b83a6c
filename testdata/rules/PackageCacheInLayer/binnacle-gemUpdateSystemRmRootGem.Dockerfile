FROM debian:12-slim
# expect: PackageCacheInLayer "/root/.gem"
RUN gem update --system 3.5.9 --no-document
