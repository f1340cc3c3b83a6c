FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /app .

# The final stage only runs the binary, yet ships the Go toolchain.
# expect: PreferSlimBase "debian:bookworm-slim (about 30 MB)"
FROM golang:1.22-bookworm
COPY --from=build /app /usr/local/bin/app
CMD ["app"]
