# A build stage that only hands files to the final stage: a chown there rewrites layers that never ship.
FROM node:22 AS build
WORKDIR /app
COPY . .
RUN chown -R node:node /app && npm ci && npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
