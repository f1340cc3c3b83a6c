# dlint-test: fixes safe
FROM node:22-slim
# expect: NpmCacheCleanWithoutForce
RUN npm install -g pm2@5.4.2 && npm cache clean
# expect: NpmCacheCleanWithoutForce
RUN npm cache clear --loglevel=error
