FROM debian:12-slim
# expect: CopyToRelativePath:13 "COPY to the relative path blubb.sh, but no WORKDIR is set in stage 0"
COPY bla.sh blubb.sh
# expect: CopyToRelativePath:13
COPY bla.sh "blubb.sh"
# expect: CopyToRelativePath "relative path b"
COPY a b
# expect: CopyToRelativePath "relative path ."
COPY . .
# ADD resolves its destination the same way
# expect: CopyToRelativePath "ADD to the relative path conf/"
ADD app.conf conf/
ARG DEST=data/
# expect: CopyToRelativePath "relative path data/"
COPY seed.sql ${DEST}

FROM debian:12-slim AS other
WORKDIR /app
COPY a b

# a WORKDIR in an unrelated stage does not count
FROM debian:12-slim
# expect: CopyToRelativePath "no WORKDIR is set in stage 2"
COPY a b
