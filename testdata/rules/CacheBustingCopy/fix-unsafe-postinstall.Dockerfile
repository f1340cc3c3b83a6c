# package.json runs a postinstall script, which may read any source: the fix is unsafe, and dlint fix without
# --unsafe-fixes leaves the file as it is (the .fixed twin is the same text).
# dlint-test: fixes safe
# dlint-test: file package.json = {"name": "app", "scripts": {"postinstall": "node scripts/patch.js"}}
# dlint-test: file package-lock.json = {}
# dlint-test: file scripts/patch.js
FROM node:22-slim
WORKDIR /app
# expect: CacheBustingCopy
COPY . .
RUN npm ci
CMD ["node", "index.js"]
