# A build step runs git after the COPY, so excluding .git could change the build: the fix is unsafe.
# dlint-test: dockerignore *.md
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
# dlint-test: file main.go = package main
FROM golang:1.22 AS build
WORKDIR /src
# expect: DockerignoreGap "Add `.git` to .dockerignore"
COPY . .
RUN git describe --tags > VERSION && go build -o /app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app
ENTRYPOINT ["/app"]
