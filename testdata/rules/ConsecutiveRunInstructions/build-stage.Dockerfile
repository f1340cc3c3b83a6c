# A build stage that only hands files on: its layers never reach the image, so separate RUNs cost nothing.
FROM golang:1.22-alpine AS build
RUN go mod download
RUN CGO_ENABLED=0 go build -o /out/fleet ./cmd/fleet
RUN CGO_ENABLED=0 go build -o /out/fleetctl ./cmd/fleetctl
FROM alpine:3.20
COPY --from=build /out/ /usr/local/bin/
RUN addgroup -S app
# expect: ConsecutiveRunInstructions:1 "each makes a layer"
RUN adduser -S -G app app
