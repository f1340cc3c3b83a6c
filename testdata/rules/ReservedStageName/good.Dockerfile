# using a reserved name as the base, or a name that only contains one, is fine
FROM scratch
FROM scratch AS a
FROM scratch AS scratch-base
FROM alpine:3.20 AS build-context
