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
# BuildKit refuses this instruction (--from without =): SyntaxError reports it, and build is not a source
# expect: SyntaxError
COPY --from build /app/public/* /usr/share/nginx/html
