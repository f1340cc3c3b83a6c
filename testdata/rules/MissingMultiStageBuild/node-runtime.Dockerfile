# node as a runtime, without a build step
FROM node:22-slim
COPY package.json package-lock.json /app/
RUN npm ci --omit=dev
COPY . /app
CMD ["node", "/app/server.js"]
