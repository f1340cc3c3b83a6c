FROM node:22 AS npm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# expect: SplitInstallCleanup "npm cache (~/.npm/_cacache)"
RUN npm cache clean --force
