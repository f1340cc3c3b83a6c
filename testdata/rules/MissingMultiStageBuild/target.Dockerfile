# dlint-test: target dev
# expect: MissingMultiStageBuild "The target stage "dev" is built on golang:1.23"
FROM golang:1.23 AS dev
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=dev /out/app /app
