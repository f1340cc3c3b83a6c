# dlint-test: fixes safe
# A one-line RUN gets " && rm …"; ENV and LABEL in between cannot see the files.
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl
ENV APP_HOME=/srv/app
LABEL org.opencontainers.image.title=app
# expect: SplitInstallCleanup "apt package lists"
RUN rm -rf /var/lib/apt/lists/*
CMD ["curl", "--version"]
