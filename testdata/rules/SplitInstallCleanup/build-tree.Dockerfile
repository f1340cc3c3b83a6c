FROM debian:12-slim
RUN git clone --depth 1 https://github.com/example/tool.git /usr/src/tool \
 && cd /usr/src/tool && make && make install
RUN wget -O /tmp/data.bin https://example.com/data.bin && ./load /tmp/data.bin
RUN mkdir /build && cd /build && cmake /usr/src/tool && make
# expect: SplitInstallCleanup "the clone of https://github.com/example/tool.git"
RUN rm -rf /usr/src/tool
# expect: SplitInstallCleanup "the download `wget -O /tmp/data.bin`"
RUN rm -f /tmp/data.bin
# expect: SplitInstallCleanup "the build tree in /build"
RUN rm -rf /build
