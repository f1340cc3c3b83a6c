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
# a cd the RUN undoes with its next cd is scoped like a subshell
RUN cd /u01 && jar xf /u01/patch.zip && cd - && java -jar /u01/installer.jar
RUN cd app && make && cd .. && make -C docs
# a cd in the background changes no directory of the script
RUN cd /u01/oracle & jar xf /u01/oracle/app.ear
# into the RUN's own cache mount, which later instructions would find empty
RUN --mount=type=cache,target=/installTmp cd /installTmp && wget -q https://example.com/install.sh && sh install.sh
RUN --mount=type=cache,target=/root/.cache cd /root/.cache/build && make
# a path in a variable the RUN sets itself: WORKDIR cannot see it (here a scratch place, too)
RUN OPENSSL_PATH="/usr/local/src/openssl-3.3.0"; mkdir -p "$OPENSSL_PATH"; cd "$OPENSSL_PATH"; ./Configure && make
# below a directory the RUN removes, reached by relative cd's
RUN wget -O- https://example.com/taskd-1.1.0.tar.gz | tar xz && cd taskd-1.1.0 && make install && cd pki \
 && ./generate && cd ../.. && rm -rf taskd-1.1.0
