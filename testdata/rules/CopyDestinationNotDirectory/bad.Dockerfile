FROM alpine:3.20
# expect: CopyDestinationNotDirectory:14 "COPY has 2 sources, so its destination baz must be a directory"
COPY foo bar baz
# expect: CopyDestinationNotDirectory:14 "destination baz must"
COPY foo bar "baz"
# expect: CopyDestinationNotDirectory "ADD has 2 sources"
ADD a.conf b.conf /etc/app
# expect: CopyDestinationNotDirectory "destination /opt/app must"
COPY ["a.jar", "b.jar", "/opt/app"]
# heredocs are sources too
# expect: CopyDestinationNotDirectory
COPY <<EOF one.txt /srv
hello
EOF
ARG DEST=/srv/data
# expect: CopyDestinationNotDirectory "destination /srv/data must"
COPY x y ${DEST}
