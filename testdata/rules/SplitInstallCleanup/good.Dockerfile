FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends jq; \
    rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends git
RUN curl -fsSL -o /tmp/x.tgz https://example.com/x.tgz && tar -xzf /tmp/x.tgz -C /opt && rm /tmp/x.tgz
# deleting something no earlier layer created
RUN rm -rf /usr/share/doc/*
# deleting what the base image shipped: dlint cannot see inside the base image
RUN rm -f /etc/motd
