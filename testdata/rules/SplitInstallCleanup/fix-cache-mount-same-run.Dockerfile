# The cleaning RUN installs with the lists before deleting them: it gets the cache mount too, and loses the rm.
FROM debian:12-slim
RUN apt-get update
# expect: SplitInstallCleanup@+1
RUN apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
