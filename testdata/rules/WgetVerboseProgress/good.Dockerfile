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
# signatures, keys and checksum lists are a few kilobytes: their progress is one short line
RUN wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64.asc"
RUN wget -O KEYS https://pgp.mongodb.com/server-7.0.asc && wget https://example.com/SHA256SUMS
RUN wget -O- https://www.postgresql.org/media/keys/ACCC4CF8.asc | gpg --dearmor > /usr/share/keyrings/pg.gpg
