FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
RUN curl -fsSL -o /tmp/src.tgz https://example.com/src.tgz && tar -xzf /tmp/src.tgz -C /opt
RUN pip install --prefix=/install requests

FROM debian:12-slim
# expect: LeftoversCopiedFromStage "copies the apt package lists from `apt-get update` (/var/lib/apt/lists, left by line 2) and 2 more leftovers"
COPY --from=build / /
# the home directory carries pip's cache
# expect: LeftoversCopiedFromStage "copies the pip cache (~/.cache/pip)"
COPY --from=build /root /root
