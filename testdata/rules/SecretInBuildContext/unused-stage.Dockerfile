# A stage the build does not run copies nothing.
# dlint-test: file .env = TOKEN=abc\n
FROM alpine:3.20 AS debug
COPY . /src

FROM alpine:3.20
CMD ["true"]
