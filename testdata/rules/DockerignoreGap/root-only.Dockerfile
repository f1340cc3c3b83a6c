# A monorepo whose .dockerignore excludes node_modules only at the root of the context.
# dlint-test: dockerignore node_modules
# dlint-test: dockerignore .git
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
# dlint-test: file package.json = {"workspaces": ["packages/*"]}
# dlint-test: file package-lock.json = {}
# dlint-test: file packages/web/package.json = {"name": "web"}
# dlint-test: file packages/web/node_modules/react/index.js 40kB
FROM node:22-slim
WORKDIR /app
# expect: DockerignoreGap "`packages/web/node_modules`: 1 file, 40 kB, installed npm packages that `npm ci` at line 13 makes again"
COPY . .
RUN npm ci
