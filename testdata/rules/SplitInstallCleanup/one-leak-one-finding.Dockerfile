FROM debian:12-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
# one leak is one finding: the later cleanups of the same lists are its related locations
# expect: SplitInstallCleanup "Line 2 only refreshes the package index"
RUN rm -rf /var/lib/apt/lists/*
RUN apt-get clean && rm -rf /var/lib/apt/lists/*
