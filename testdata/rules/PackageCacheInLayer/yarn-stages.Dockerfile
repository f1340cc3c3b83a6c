FROM node:20 AS deps
# an intermediate stage that nothing uses
RUN yarn install
FROM node:20 AS app
# expect: PackageCacheInLayer as DL3060
RUN yarn install
FROM app
RUN echo done
