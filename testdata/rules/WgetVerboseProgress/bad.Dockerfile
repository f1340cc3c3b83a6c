FROM debian:12
# expect: WgetVerboseProgress:5 as DL3047 "`wget` without --progress"
RUN wget https://example.com/my.xyz
# expect: WgetVerboseProgress@+1:5
RUN curl --version \
 && wget -O /tmp/x.tgz https://example.com/x.tgz
