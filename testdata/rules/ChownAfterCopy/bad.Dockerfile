FROM node:22-slim
COPY . /app
# expect: ChownAfterCopy:5 "COPY --chown=node:node"
RUN chown -R node:node /app
USER node
