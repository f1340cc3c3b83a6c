# On an image dlint cannot see its environment: it reports only what the file shows to be a mistake
FROM alpine:3.20 AS base
ARG DIR_BINARIES=binaries/
ARG DIR_ASSETS=assets/
# expect: UndefinedVar "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)"
COPY $DIR_ASSET .
# expect: UndefinedVar:10 "'$PAHT' (did you mean $PATH?)"
ENV PATH=$PAHT:/tmp/bin
# expect: UndefinedVar "'$foo': it is declared at line 11, after this use"
COPY $foo .
ARG foo=bar
RUN echo $foo
# not declared anywhere in the file, and not a near miss: the base image may set it (BuildKit would know)
ARG VERSION=$UNKNOWN_TO_DLINT
# appending to an inherited value is how PATH-like variables are extended
ENV PATH=$PATH:/opt/bin JAVA_OPTS="$JAVA_OPTS -Xmx1g" MANPATH=/opt/man:${MANPATH}
