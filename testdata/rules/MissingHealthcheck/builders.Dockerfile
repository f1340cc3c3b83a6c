# dlint-test: enable MissingHealthcheck
# dlint-test: option MissingHealthcheck exposed-only=false
# builder stages only copied from are not images anyone runs
FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
HEALTHCHECK CMD ["/app", "-health"]
