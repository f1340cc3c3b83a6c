# expect: MissingMultiStageBuild "installs a compiler toolchain"
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN make -C /src install
