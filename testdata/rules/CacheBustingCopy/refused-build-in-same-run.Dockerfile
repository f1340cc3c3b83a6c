# The installing RUN also builds, which needs the sources: moving the COPY after it would break the build.
# dlint-test: file package.json = {"name": "app"}
# dlint-test: file package-lock.json = {}
FROM node:22-slim
WORKDIR /app
# expect: CacheBustingCopy
COPY . .
RUN npm ci && npm run build
