FROM debian:12-slim
# expect: MissingAssumeYes@+1 as DL3014
RUN apt-get update \
 && apt-get install --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
