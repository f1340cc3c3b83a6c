FROM node:22-slim
# expect: NpmCacheCleanWithoutForce:44 "`npm cache clean` without --force"
RUN npm install -g pm2@5.4.2 --no-audit && npm cache clean
# expect: NpmCacheCleanWithoutForce "`npm cache clear`"
RUN npm cache clear
# expect: NpmCacheCleanWithoutForce
RUN npm cache rm
# expect: NpmCacheCleanWithoutForce
RUN sh -c 'npm cache clean'
