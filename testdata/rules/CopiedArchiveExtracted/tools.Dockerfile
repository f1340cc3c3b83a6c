FROM debian:12-slim
# zip: ADD would not extract it, the message says to mount it
# expect: CopiedArchiveExtracted "Mount it for the RUN instead of copying it"
COPY dist/site.zip /tmp/
# old-style tar options, through a pipeline, with gzip -d
# expect: CopiedArchiveExtracted "extracted by `tar -x`"
COPY vendor.tgz /opt/
# expect: CopiedArchiveExtracted "extracted by `gzip`"
COPY data.tar.gz /srv/
# expect: CopiedArchiveExtracted "extracted by `zcat`"
COPY dump.sql.gz /docker-entrypoint-initdb.d/
RUN unzip /tmp/site.zip -d /var/www \
 && cd /opt && tar xzf vendor.tgz \
 && gzip -dc /srv/data.tar.gz | tar -x -C /srv \
 && zcat /docker-entrypoint-initdb.d/dump.sql.gz > /tmp/dump.sql
