# Everything the image never needs is excluded already.
# dlint-test: dockerignore **/node_modules
# dlint-test: dockerignore .git
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
# dlint-test: file node_modules/react/index.js 40kB
# dlint-test: file packages/web/node_modules/react/index.js 40kB
# dlint-test: file package.json = {}
FROM node:22-slim
COPY . .
RUN npm ci
