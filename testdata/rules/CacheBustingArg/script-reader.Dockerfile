FROM debian:12-slim
# expect: CacheBustingArg "just before line 5, whose commands may read it from the environment"
ARG GIT_COMMIT
RUN apt-get update && apt-get install -y --no-install-recommends make && rm -rf /var/lib/apt/lists/*
RUN make release
