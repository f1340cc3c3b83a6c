FROM debian:12-slim
# the archive's name in the image is the destination's
# expect: CopiedArchiveExtracted:6 "packaged-app.tar is copied"
COPY build/dist/packaged-app.tar /foo.tar
RUN tar -xf /foo.tar
