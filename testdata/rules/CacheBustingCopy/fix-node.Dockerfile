# The manifests that exist (package.json, the lockfile, .npmrc) are copied before npm ci, the rest after it.
# dlint-test: dockerignore node_modules
# dlint-test: file package.json = {"name": "app", "scripts": {"build": "tsc"}}
# dlint-test: file package-lock.json = {}
# dlint-test: file .npmrc = fund=false\n
# dlint-test: file src/index.ts = console.log("hi");
# dlint-test: file node_modules/lodash/index.js 1kB
FROM node:22-slim
WORKDIR /app
# the sources
# expect: CacheBustingCopy
COPY --chown=node:node . .
RUN npm ci
RUN npm run build
CMD ["node", "dist/index.js"]
