# Without a build context (no context headers: as standard input), nothing is known and nothing is reported.
FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci
