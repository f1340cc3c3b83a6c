# syntax=docker/dockerfile:1
FROM debian:12
# exec form: no shell to append a cleanup to; a cache mount keeps the lists out
# expect: PackageCacheInLayer
RUN ["apt-get", "update"]
# a heredoc
# expect: PackageCacheInLayer@+1
RUN <<EOT
apt-get update
apt-get install -y curl=7.88.1-10
EOT
