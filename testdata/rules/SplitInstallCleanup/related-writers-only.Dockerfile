FROM node:22-slim
WORKDIR /app
# a glob COPY of the manifests did not write node_modules: it is no origin of the deleted cache
COPY package*.json ./
RUN npm ci --omit=dev --cache /tmp/npm-cache && rm -rf /tmp/npm-cache
RUN rm -rf node_modules/.cache
