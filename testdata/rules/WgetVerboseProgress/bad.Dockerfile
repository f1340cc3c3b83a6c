FROM debian:12
# expect: WgetVerboseProgress:5 as DL3047 "`wget` without --progress"
RUN wget https://example.com/my.xyz
# expect: WgetVerboseProgress@+1:5
RUN curl --version \
 && wget -O /tmp/x.tgz https://example.com/x.tgz
# the archive beside its signature is still reported
# expect: WgetVerboseProgress:5
RUN wget -O go.tgz https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz && wget -O go.tgz.asc https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz.asc
