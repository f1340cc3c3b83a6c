FROM debian:12-slim
RUN apt-get update
# expect: AptInstallWithoutUpdate
RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
