ARG VERSION
ARG IMAGE
ARG SFX="box:"
ARG REPO=Library/Alpine
# expect: InvalidDefaultArgInFrom:6 "Default value for ARG busybox:$VERSION results in empty or invalid base image name: without --build-arg the image is 'busybox:'"
FROM busybox:$VERSION AS one
# expect: InvalidDefaultArgInFrom:6 "Default value for ARG $IMAGE results in empty or invalid base image name: without --build-arg the image is an empty name"
FROM $IMAGE AS two
# expect: InvalidDefaultArgInFrom:6 "Default value for ARG busy${SFX}"
FROM busy${SFX} AS three
# expect: InvalidDefaultArgInFrom "'Library/Alpine'"
FROM ${REPO} AS four
