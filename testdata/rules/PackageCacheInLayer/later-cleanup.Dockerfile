FROM debian:12
# a later RUN deletes the lists: SplitInstallCleanup reports that leak, at the deletion
RUN apt-get update && apt-get install -y curl
RUN rm -rf /var/lib/apt/lists/*
