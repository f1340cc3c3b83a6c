# dlint-test: enable MissingHealthcheck
# dlint-test: option MissingHealthcheck exposed-only=false
FROM nginx:1.27 AS none
HEALTHCHECK NONE
FROM nginx:1.27 AS cmd
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
# inherited from base
FROM nginx:1.27 AS base
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
FROM base
RUN true
