FROM node:22-slim
COPY dist/ /app/
# expect: ChownAfterCopy
RUN chown -R node:node /app
CMD ["node", "/app/server.js"]
