# Without --resolve-digests no registry is asked: no fix, and the message says how to get one.
# expect: UnpinnedBaseImage "dlint fix cannot pin it: digests are looked up only with dlint fix --resolve-digests"
FROM alpine
# expect: UnpinnedBaseImage "dlint fix cannot pin it: digests are looked up only with dlint fix --resolve-digests"
FROM node:latest
