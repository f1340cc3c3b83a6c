# A ! pattern that sends part of node_modules is a choice: those files are not reported.
# dlint-test: dockerignore node_modules
# dlint-test: dockerignore !node_modules/vendored/**
# dlint-test: file node_modules/vendored/lib.js 10kB
# dlint-test: file node_modules/react/index.js 40kB
# dlint-test: file package.json = {}
FROM node:22-slim
COPY . .
RUN npm ci
