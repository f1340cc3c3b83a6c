FROM debian:12-slim
# expect: CopiedArchiveExtracted:6 "packaged-app.tar is copied into the image here and extracted by `tar -x` on line 4"
COPY packaged-app.tar /usr/src/app
RUN tar -xf /usr/src/app/packaged-app.tar
