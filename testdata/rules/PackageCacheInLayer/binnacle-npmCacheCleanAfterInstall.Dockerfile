FROM node:22.12.0-slim
WORKDIR /app
COPY package.json package-lock.json ./
# expect: PackageCacheInLayer "npm"
RUN npm ci --omit=dev
