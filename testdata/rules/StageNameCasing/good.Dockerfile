FROM alpine:3.20 AS builder-base
FROM builder-base AS build_2.0
# an image, not a stage: its name is not a stage name
FROM Alpine
FROM scratch
# FROM needs AS for a stage name; FROM with three words but no AS is a syntax error, not this rule's
