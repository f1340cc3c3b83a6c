FROM node:22 AS npm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# expect: SplitInstallCleanup "npm's cache"
RUN npm cache clean --force
