# dlint-test: enable MissingHealthcheck
# dlint-test: option MissingHealthcheck exposed-only=false
FROM debian:12 AS base1
FROM base1 AS base2
FROM base2 AS base3
FROM base3 AS end
HEALTHCHECK CMD ["/healthz"]
# a second branch of the same chain lacks it
# expect: MissingHealthcheck "Stage "other" sets no HEALTHCHECK, nor do the stages it is built FROM"
FROM base2 AS other
RUN true
