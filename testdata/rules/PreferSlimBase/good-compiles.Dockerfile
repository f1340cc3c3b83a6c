# The final stage builds (MissingMultiStageBuild's case) or runs the Go tool: the full image is used.
FROM node:22
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/server.js"]
