FROM alpine:3.20
# expect: EnvReferencesSameEnv:24 "BLUBB uses BLA, which this ENV sets before it"
ENV BLA="blubb" BLUBB="${BLA}/blubb"
# expect: EnvReferencesSameEnv:24 "is its previous value 'blubb'"
ENV BLA="blubb" BLUBB="$BLA/blubb"
# expect: EnvReferencesSameEnv:24
ENV BLA="blubb" BLUBB="$BLA"
# expect: EnvReferencesSameEnv:24
ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"
# PATH has a value from the base image, but the second pair still gets the old one
# expect: EnvReferencesSameEnv:35 "empty unless the base image sets it"
ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}
# an earlier value: the reference gets it, not the new one
ENV VERSION=1.0
# expect: EnvReferencesSameEnv "VERSION is its previous value '1.0' here"
ENV VERSION=2.0 URL=https://example.com/v${VERSION}/app.tgz
# across continuation lines
# expect: EnvReferencesSameEnv@+2:14
ENV APP_HOME=/opt/app \
    APP_DATA=/srv \
    APP_LOGS=${APP_HOME}/logs
