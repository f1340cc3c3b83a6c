# dlint-test: dockerignore foobar
# dlint-test: dockerignore */tmp/*
FROM scratch AS base
# the destination is no source, and COPY --from reads a stage, not the context
COPY Dockerfile /foobar
ADD Dockerfile /windy
FROM base
COPY --from=base /foobar /Dockerfile
# */tmp/* needs a directory before tmp: tmp/helloworld.txt is sent (the example in BuildKit's docs does not fire)
COPY ./tmp/helloworld.txt /helloworld.txt
COPY ./forever/helloworld.txt /helloworld.txt
ADD https://example.com/foobar /foobar
COPY <<EOF /foobar
heredocs are not in the context
EOF
