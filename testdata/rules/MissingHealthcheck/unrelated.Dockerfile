# dlint-test: enable MissingHealthcheck
# dlint-test: option MissingHealthcheck exposed-only=false
FROM nginx:1.27 AS web
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
# no inheritance from an unrelated stage
# expect: MissingHealthcheck:6 "Stage 1 sets no HEALTHCHECK:"
FROM scratch
