# dlint-test: build-arg VERSION=latest
# the check is about the defaults: a --build-arg does not make it go away, as in BuildKit
ARG VERSION
# expect: InvalidDefaultArgInFrom
FROM busybox:$VERSION
