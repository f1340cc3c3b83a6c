FROM debian:12
RUN wget --progress=dot:giga https://example.com/my.xyz
RUN wget -q https://example.com/my.xyz
RUN wget --quiet https://example.com/my.xyz
RUN wget -nv https://example.com/my.xyz
RUN wget --no-verbose https://example.com/my.xyz
RUN wget --output-file=/tmp/wget.log https://example.com/my.xyz
RUN wget -o /tmp/wget.log https://example.com/my.xyz
RUN wget --append-output=/tmp/wget.log https://example.com/my.xyz
RUN wget -a /tmp/wget.log https://example.com/my.xyz
RUN wget -qO- https://example.com/my.xyz > /dev/null
RUN wget --version
