# dlint-test: option CacheBustingArg names=DEPLOY_ID,RELEASE_STAMP
FROM alpine:3.20
# expect: CacheBustingArg "ARG DEPLOY_ID"
ARG DEPLOY_ID
ARG OTHER
RUN apk add --no-cache curl
