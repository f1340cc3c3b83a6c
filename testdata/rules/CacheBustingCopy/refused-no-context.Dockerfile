# Without a build context dlint cannot know which manifests exist: the finding carries no fix.
FROM node:22-slim
WORKDIR /app
# expect: CacheBustingCopy
COPY . .
RUN npm ci
