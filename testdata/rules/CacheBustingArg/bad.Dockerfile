FROM debian:12-slim
# expect: CacheBustingArg:5 "the 2 RUN instructions after it (first at line 4) miss"
ARG GIT_COMMIT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN curl --version
RUN echo "$GIT_COMMIT" > /commit.txt
