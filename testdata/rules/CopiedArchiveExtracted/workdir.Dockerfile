FROM debian:12-slim
WORKDIR /usr/src/app
# expect: CopiedArchiveExtracted "packaged-app.tar is copied"
COPY packaged-app.tar .
RUN tar -xf packaged-app.tar && rm packaged-app.tar
