FROM debian:12-slim
# expect: DeadSksKeyserver:29 "`ha.pool.sks-keyservers.net` is a server of the SKS keyserver pool"
RUN gpg --batch --keyserver ha.pool.sks-keyservers.net --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
# expect: DeadSksKeyserver@+1:15 "`p80.pool.sks-keyservers.net`"
RUN for server in keyserver.ubuntu.com \
        hkp://p80.pool.sks-keyservers.net:80; do \
      gpg --batch --keyserver "$server" --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104 && break || :; \
    done
# expect: DeadSksKeyserver:19
ENV GPG_KEYSERVER=pool.sks-keyservers.net
# expect: DeadSksKeyserver
ARG KEYSERVER=hkps://hkps.pool.sks-keyservers.net
