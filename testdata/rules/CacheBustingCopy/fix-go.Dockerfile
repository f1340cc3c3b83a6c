# go.mod and go.sum before go mod download, in a build stage; the final stage is untouched.
# dlint-test: file go.mod = module example.com/app\n\ngo 1.23\n
# dlint-test: file go.sum
# dlint-test: file main.go = package main\n
FROM golang:1.23 AS build
WORKDIR /src
# expect: CacheBustingCopy
COPY . .
RUN go mod download
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
