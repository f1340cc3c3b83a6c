# The install in between needs the lists, so the cleanup cannot move into the update's RUN. The unsafe fix keeps the
# lists in a cache mount of both RUNs and drops the cleanup.
FROM debian:12-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
# expect: SplitInstallCleanup "Line 4 only refreshes the package index"
RUN rm -rf /var/lib/apt/lists/*
CMD ["curl", "--version"]
