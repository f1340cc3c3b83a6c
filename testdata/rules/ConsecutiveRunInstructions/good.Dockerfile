FROM debian:12
RUN /foo.sh
WORKDIR /srv
RUN /bar.sh
# different flags
RUN --mount=type=cache,target=/root/.cache make
RUN make install
# chains count as more than one command
RUN apt-get update && apt-get install -y curl
RUN curl --version; curl -V
# heredocs and exec form are left alone
RUN <<EOF
echo one
EOF
RUN echo two
RUN ["echo", "three"]
