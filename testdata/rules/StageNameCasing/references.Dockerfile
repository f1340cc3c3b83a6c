# References through a variable are left alone (BuildKit lower-cases them anyway); quoted ones too.
ARG BASE=Build
# expect: StageNameCasing:21
FROM golang:1.23 AS Build
FROM ${BASE} AS via-arg
COPY --from="Build" /go/bin /bin
