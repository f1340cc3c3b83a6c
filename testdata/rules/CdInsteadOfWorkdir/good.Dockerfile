FROM debian:12
WORKDIR /opt
# a subshell's cd ends with it
RUN (cd /src && make) && make -C /docs
# a build directory the RUN removes again: WORKDIR would leave it in the image
RUN mkdir /build && cd /build && cmake /src && make install && cd / && rm -rf /build
# a mktemp directory, directly or through a variable
RUN cd "$(mktemp -d)" && curl -fsSLO https://example.com/tool.tgz
RUN dir="$(mktemp -d)" && cd "$dir" && tar -xzf /tool.tgz
# the usual scratch places of builds
RUN cd /tmp && wget -q https://example.com/x.tgz && tar -xzf x.tgz
RUN cd /usr/src/php && ./configure && make
# a cd in a loop or a branch cannot be a WORKDIR
RUN for d in a b; do cd /srv/$d && make; done
RUN if [ -d /opt/app ]; then cd /opt/app && make; fi
