FROM node:22-slim
COPY --chown=node:node . /app
# created empty in the same RUN
RUN mkdir -p /data && chown -R node:node /data
RUN useradd -m builder && chown -R builder /home/builder
# not recursive: only that file is copied
COPY entrypoint.sh /usr/local/bin/
RUN chmod 755 /usr/local/bin/entrypoint.sh
# a copy into / says nothing about which paths it wrote
COPY --from=node:22-slim / /
RUN chown -R node /usr/local/lib
# nothing earlier wrote /var/log/app
RUN chown -R node /var/log/app
