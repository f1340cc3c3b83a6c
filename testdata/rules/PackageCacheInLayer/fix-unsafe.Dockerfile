FROM node:20
# yarn cache clean also empties a Yarn 2+ project's own cache: unsafe
# expect: PackageCacheInLayer
RUN yarn install
# zypper needs its metadata to install later on: a later install without refresh makes the cleanup unsafe
# expect: PackageCacheInLayer
RUN zypper install -y git=2.45.2
# expect: PackageCacheInLayer
RUN zypper install -y vim=9.1
# no option and no cleanup command: a cache mount, which keeps the cache from the image too
# expect: PackageCacheInLayer
RUN mvn -B dependency:go-offline
