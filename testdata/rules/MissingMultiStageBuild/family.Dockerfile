# The suggested runtime base is of the family the image was built on, and pinned.
# expect: MissingMultiStageBuild "alpine:3.20"
FROM golang:1.23-alpine
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app ./cmd/app
CMD ["app"]
