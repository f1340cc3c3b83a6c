# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM alpine:3.20
# expect: EnvReferencesSameEnv
ENV BLA="blubb" BLUBB="${BLA}/blubb"
# expect: EnvReferencesSameEnv@+1
# expect: EnvReferencesSameEnv@+2
env A=1 \
    B=$A \
    C=$B
# a comment between the pairs: no fix
# expect: EnvReferencesSameEnv@+2
ENV P=1 \
# the next pair
    Q=$P
