# a default BuildKit cannot expand fails the build before this check, which then gives up for the whole file
ARG VARIANT="${templateOption:imageVariant}"
ARG EMPTY
FROM busybox:$EMPTY
