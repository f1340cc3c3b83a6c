# An .npmrc holds a secret only when it has a token; a token taken from a variable is fine.
# dlint-test: file .npmrc = //registry.npmjs.org/:\x5fauthToken=npm_abcdefghijklmnop\n
# dlint-test: file tools/.npmrc = //registry.npmjs.org/:_authToken=${NPM_TOKEN}\n
# dlint-test: file package.json = {}
FROM node:22-slim
# expect: SecretInBuildContext "`.npmrc` (npm configuration with an npm _authToken on line 1)"
COPY . /app/
