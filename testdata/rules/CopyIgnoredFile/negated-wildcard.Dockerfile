# dlint-test: dockerignore *
# dlint-test: dockerignore !*.go
FROM golang:1.23
# a ! pattern with a wildcard could match below any path, so BuildKit's check gives up on every source
COPY vendor /src/vendor
COPY . /src/
