FROM debian:12-slim
# expect: MissingNoInstallRecommends@+1
RUN apt-get update \
 && apt-get install -y curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
