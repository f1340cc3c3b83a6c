FROM alpine:3.20 AS base
# the final stage inherits this USER
# expect: NonNumericUser "USER app runs the final image"
USER app
FROM base
RUN true
