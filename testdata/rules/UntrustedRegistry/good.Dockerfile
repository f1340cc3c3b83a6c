# dlint-test: trusted-registry docker.io
# dlint-test: trusted-registry gcr.io
FROM node:22-slim AS build
FROM gcr.io/distroless/nodejs22-debian12
COPY --from=build /app /app
