FROM alpine:3.20
COPY foo bar
COPY foo bar baz/
COPY foo bar "baz/"
COPY ["a.jar", "b.jar", "/opt/app/"]
ADD a b /x/
# a single glob is one source as written
COPY *.json /app
# a destination whose value is unknown
COPY a b $UNKNOWN_DEST
