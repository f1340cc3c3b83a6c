# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM debian:12-slim
# expect: CacheBustingArg
ARG GIT_COMMIT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN echo "$GIT_COMMIT" > /commit.txt
