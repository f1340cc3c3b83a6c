# A Node app with its Git history and installed packages in the build context, and no .dockerignore.
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
# dlint-test: file .git/objects/ab/cdef 20kB
# dlint-test: file node_modules/lodash/index.js 50kB
# dlint-test: file package.json = {"name": "app"}
# dlint-test: file package-lock.json = {}
# dlint-test: file src/index.js = console.log("hi");
FROM node:22-slim
WORKDIR /app
# expect: MissingDockerignore "`node_modules`: 1 file, 50 kB, installed npm packages that `npm ci` at line 12 makes again"
COPY . .
RUN npm ci
CMD ["node", "src/index.js"]
