# syntax=docker/dockerfile:1
# A typical 50-line service Dockerfile, used by cli-bench.sh.
ARG NODE_VERSION=22.11
ARG ALPINE_VERSION=3.20

FROM node:${NODE_VERSION}-alpine${ALPINE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev

FROM node:${NODE_VERSION}-alpine${ALPINE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build \
 && npm prune --omit=dev

FROM alpine:${ALPINE_VERSION} AS runtime
LABEL org.opencontainers.image.title="orders" \
      org.opencontainers.image.source="https://example.com/orders"
ENV NODE_ENV=production \
    PORT=8080
RUN apk add --no-cache \
        ca-certificates \
        nodejs \
        tini \
 && addgroup -S app \
 && adduser -S -G app app
WORKDIR /srv
COPY --from=deps --chown=app:app /app/node_modules ./node_modules
COPY --from=build --chown=app:app /app/dist ./dist
COPY --chown=app:app package.json ./
RUN <<EOF
set -eu
mkdir -p /srv/tmp
chown app:app /srv/tmp
EOF
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD ["node", "dist/health.js"]
USER app
STOPSIGNAL SIGTERM
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "dist/server.js"]
# Build with: docker build -t orders .
# Run with:   docker run -p 8080:8080 orders
# end of file
