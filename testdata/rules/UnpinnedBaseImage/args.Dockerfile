ARG BASE=python
ARG TAG=latest
ARG VERSION
# expect: UnpinnedBaseImage "python:latest"
FROM python:${TAG} AS one
# expect: UnpinnedBaseImage "has no tag"
FROM $BASE AS two
# an ARG without a value cannot be resolved: not this rule's business
FROM python:${VERSION} AS three
FROM python:${TAG:-3.12}-slim AS four
