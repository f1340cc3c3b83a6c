# The RUN in between runs a script dlint cannot see into: it might read the package lists, so moving the cleanup
# before it is unsafe (applied only with --unsafe-fixes).
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
RUN ./configure && make
# expect: SplitInstallCleanup
RUN rm -rf /var/lib/apt/lists/*
