# dlint-test: option LabelSchema labels=maintainer
# a builder stage that only feeds another stage is not an image: no label asked of it
FROM golang:1.22 AS build
RUN go build -o /app .
# expect: LabelSchema:1 "Stage 1 has no label 'maintainer'"
FROM alpine:3.20
COPY --from=build /app /app
FROM alpine:3.20
# expect: LabelSchema:7 "is empty"
LABEL maintainer=""
