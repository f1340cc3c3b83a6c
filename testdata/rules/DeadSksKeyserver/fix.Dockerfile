FROM debian:12-slim
# expect: DeadSksKeyserver
RUN gpg --batch --keyserver ha.pool.sks-keyservers.net --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
# expect: DeadSksKeyserver
RUN gpg --batch --keyserver hkp://p80.pool.sks-keyservers.net:80 --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
