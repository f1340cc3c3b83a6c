FROM node:22.12.0-slim
# expect: NpmCacheCleanWithoutForce
RUN npm install -g pm2@5.4.2 && npm cache clean
