FROM node:22-slim
WORKDIR /app
# expect: CacheBustingCopy:6 "package.json and package-lock.json"
COPY . .
RUN npm ci
RUN npm run build
