FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
RUN pip install --prefix=/install requests
RUN curl -fsSL -o /tmp/src.tgz https://example.com/src.tgz && tar -xzf /tmp/src.tgz -C /opt && rm /tmp/src.tgz

FROM debian:12-slim
# only the build's output
COPY --from=build /install /usr/local
COPY --from=build /opt /opt
