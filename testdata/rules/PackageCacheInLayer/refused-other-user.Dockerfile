# The install runs as another user through sudo, so its cache is in that user's home: `&& npm cache clean --force`
# appended as root would not reach it (and dlint fix would append it again on every pass). No fix.
FROM node:20-bullseye
# expect: PackageCacheInLayer
RUN sudo -u node npm install -g esy@0.7.2
