FROM debian:12-slim
RUN mkdir -p /data
# an empty directory made by mkdir: nothing to rewrite
RUN chown -R 1000:1000 /data
COPY --chown=app:app app/ /opt/app/
# the COPY already set this owner: chown changes nothing
RUN chown -R app:app /opt/app
COPY --chmod=0755 bin/ /usr/local/bin/tools/
RUN chmod -R 755 /usr/local/bin/tools
COPY installer.bin /tmp/installer.bin
# the copied file is deleted before the chown in the same RUN
RUN /tmp/installer.bin && rm -f /tmp/installer.bin && chown -R root:root /tmp
COPY lib/ /opt/lib/
# a directory made new in this RUN holds none of the copied files
RUN mkdir /opt/lib/cache && chown -R app /opt/lib/cache
