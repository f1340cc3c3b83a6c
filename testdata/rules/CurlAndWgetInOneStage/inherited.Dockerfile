FROM debian:12 AS base
RUN curl -fsSLO https://example.com/a.tgz
# a stage built on base has its curl
FROM base
# expect: CurlAndWgetInOneStage:5 "line 2"
RUN wget -q https://example.com/b.tgz
