# Sources named one by one do not sweep in the Git history or the installed packages.
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
# dlint-test: file node_modules/lodash/index.js 50kB
# dlint-test: file package.json = {"name": "app"}
# dlint-test: file package-lock.json = {}
# dlint-test: file src/index.js = console.log("hi");
FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY src/ ./src/
CMD ["node", "src/index.js"]
