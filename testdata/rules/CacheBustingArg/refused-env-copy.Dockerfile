# An ENV copies the argument into the environment: moving the ARG alone would leave the ENV empty, so no fix.
FROM debian:12-slim
# expect: CacheBustingArg
ARG GIT_COMMIT
ENV COMMIT=$GIT_COMMIT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN echo "$COMMIT" > /commit.txt
