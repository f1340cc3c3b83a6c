# syntax=docker/dockerfile:1
FROM node:20
RUN yarn --version
RUN yarn install && yarn cache clean
RUN --mount=type=cache,target=/root/.cache/yarn yarn install
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
# expect: PackageCacheInLayer as DL3060
RUN yarn cache clean && yarn install
# expect: PackageCacheInLayer:5 as DL3060 "`yarn install` leaves its cache (/usr/local/share/.cache/yarn)"
RUN yarn install
# expect: PackageCacheInLayer as DL3060 "`yarn` leaves its cache"
RUN yarn
# expect: PackageCacheInLayer as DL3060
RUN --mount=type=cache,target=/root/.cache/foo yarn install
