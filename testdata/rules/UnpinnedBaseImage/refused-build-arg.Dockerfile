# A reference that comes from a build argument cannot be pinned in place, even when the registry answers.
# dlint-test: registry alpine:latest = {"schemaVersion":2}
ARG BASE=alpine:latest
# expect: UnpinnedBaseImage "dlint fix cannot pin it: the reference is not written literally"
FROM ${BASE}
