# dlint-test: fixes safe
# A continued RUN with the operators at the end of its lines gets " && \" and a line with the same indentation.
# The RUN in between only makes a directory and writes a file elsewhere.
FROM debian:12-slim
RUN apt-get update && \
  apt-get install -y --no-install-recommends jq
RUN mkdir -p /srv/data && echo ready > /srv/data/state
# expect: SplitInstallCleanup@+1
RUN echo cleaning && \
    rm -rf /var/lib/apt/lists/*
