# syntax=docker/dockerfile:1
FROM debian:12
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/
# git repositories are pinned by their ref
ADD https://github.com/moby/buildkit.git#v0.14.0 /src/buildkit
ADD https://github.com/containerd/containerd.git?ref=v1.7.0&keep-git-dir=1 /src/containerd
ADD local.tar.gz /opt/
# a download verified by the next RUN before anything uses it
ADD https://example.com/releases/tool-1.2.tar.gz /tmp/
RUN echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/tool-1.2.tar.gz" | sha256sum -c - \
 && tar -xzf /tmp/tool-1.2.tar.gz -C /opt
