FROM scratch
# expect: JSONArgsRecommended:5 "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"
CMD mycommand
FROM alpine:3.20 AS entry
# expect: JSONArgsRecommended:12 "JSON arguments recommended for ENTRYPOINT"
ENTRYPOINT my-program start
# hadolint's DL3025 also flags a shell-form HEALTHCHECK CMD, BuildKit does not
FROM alpine:3.20 AS health
# expect: JSONArgsRecommended:17 "HEALTHCHECK CMD"
HEALTHCHECK CMD /healthcheck.sh --quiet
