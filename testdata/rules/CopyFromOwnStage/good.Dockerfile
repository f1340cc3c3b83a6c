FROM node:22 AS foo
RUN npm ci

FROM node:22-slim AS bar
COPY --from=foo /app/node_modules /app/node_modules
COPY --from=0 /app/package.json /app/
