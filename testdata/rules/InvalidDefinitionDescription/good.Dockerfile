# check=experimental=InvalidDefinitionDescription
# foo this is the foo
ARG foo=bar

# base this is the base image
FROM scratch AS base

# version this is the version number
ARG version=latest

# baz this is the baz
ARG foo=baz bar=qux baz=quux
# a bare # line separates a comment from the instruction
# not a description
#
ARG bit=bat

# comment for something other than ARG or FROM
COPY Dockerfile .
# a FROM without a stage name has no description
FROM scratch
# hadolint ignore=DL3006
FROM ubuntu AS pragma
# check=skip=UndefinedVar
ARG WITH_PRAGMA=1
