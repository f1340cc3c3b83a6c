# dlint-test: enable MissingHealthcheck
# expect: MissingHealthcheck:6 "Stage 0 sets no HEALTHCHECK"
FROM scratch
COPY app /app
