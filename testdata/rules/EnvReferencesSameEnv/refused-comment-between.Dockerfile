# A comment line between the pairs: a new ENV cannot be started there without moving it, so there is no fix.
FROM alpine:3.20
# expect: EnvReferencesSameEnv@+2
ENV P=1 \
# the next pair
    Q=$P
