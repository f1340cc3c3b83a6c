# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM alpine:3.20
RUN adduser -D -u 1000 app
# expect: NonNumericUser "uid 1000: write USER 1000."
USER app
