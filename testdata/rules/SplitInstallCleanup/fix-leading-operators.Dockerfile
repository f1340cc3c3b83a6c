# dlint-test: fixes safe
# A continued RUN with the operators at the start of its lines gets one more such line; the cleanup leaves its RUN
# with the operator that joined it.
FROM debian:12-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && git --version
# expect: SplitInstallCleanup
RUN rm -rf /var/lib/apt/lists/* && echo done
