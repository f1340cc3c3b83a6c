FROM debian:12-slim
# expect: CacheBustingCopy "needs no file from the build context: move the COPY after it"
COPY . /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
# expect: CacheBustingCopy "run it in its own RUN before the COPY"
COPY ./ /modules/
RUN apk add --no-cache gcc && make -C /modules
