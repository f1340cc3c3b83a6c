# dlint-test: enable MissingHealthcheck
# dlint-test: option MissingHealthcheck exposed-only=false
# expect: MissingHealthcheck:6 "Stage 0 sets no HEALTHCHECK"
FROM scratch
COPY app /app
