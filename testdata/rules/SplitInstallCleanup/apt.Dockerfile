FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl
# expect: SplitInstallCleanup:12 "apt package lists"
RUN rm -rf /var/lib/apt/lists/*
