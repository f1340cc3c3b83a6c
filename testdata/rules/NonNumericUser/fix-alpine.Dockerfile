FROM alpine:3.20
RUN adduser -D -u 1000 app
# expect: NonNumericUser "uid 1000: write USER 1000."
USER app
