# the install happens in another stage: not flagged
FROM node:22 AS deps
COPY package.json package-lock.json ./
RUN npm ci

FROM node:22-slim
COPY . /app
COPY --from=deps /node_modules /app/node_modules
RUN npm run build
