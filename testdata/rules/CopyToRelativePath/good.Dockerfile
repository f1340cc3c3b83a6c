FROM debian:12-slim AS base
COPY bla.sh /usr/local/bin/blubb.sh
COPY bla.sh "/usr/local/bin/blubb.sh"
COPY a c:\app\
COPY a "c:\app\"
COPY a c:/app/
COPY a $SRC
COPY a ${SRC}
COPY a "${SRC}"
WORKDIR /app
COPY a b

FROM debian:12-slim
WORKDIR c:\system32
COPY a b

# WORKDIR inherited from base, also two levels down
FROM base AS child
COPY a b
FROM child
COPY c d

# FROM scratch: the working directory is /
FROM scratch
COPY app app

# ONBUILD triggers run in the downstream build, which may set WORKDIR
FROM debian:12-slim
ONBUILD WORKDIR /src
ONBUILD COPY foo bar
