ARG APP_VERSION=1.0
ARG NODE_VERSION=20
FROM alpine:3.20 AS a
# expect: UndefinedVar "the ARG at line 1 is declared before the first FROM, and only FROM lines see such ARGs; add ARG APP_VERSION to this stage"
LABEL version=$APP_VERSION
# expect: UndefinedVar "TARGETARCH is predefined for FROM lines only; a stage sees it after ARG TARGETARCH"
COPY bin-$TARGETARCH /usr/local/bin/app
ENV APP_HOME=/srv/app
# expect: UndefinedVar "'$APP_ROOT': it is set by this same ENV"
ENV APP_ROOT=/srv APP_DATA=$APP_ROOT/data

FROM alpine:3.20 AS b
# expect: UndefinedVar "it is declared in stage "a" (line 8), which this stage is not built on"
WORKDIR $APP_HOME

# a stage built FROM another sees its ARGs and ENV
FROM a AS c
WORKDIR $APP_HOME
ARG TARGETARCH
COPY bin-$TARGETARCH /usr/local/bin/app

# the node image sets NODE_VERSION itself
FROM node:${NODE_VERSION}-alpine AS node
LABEL node=$NODE_VERSION
