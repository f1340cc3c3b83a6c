FROM debian:12-slim
# the paper's advice, ha.pool instead of pool, is dead since 2021 like the whole SKS pool
# expect: DeadSksKeyserver
RUN gpg --batch --keyserver ha.pool.sks-keyservers.net --recv-keys 0E163286C20D07B9787EBE9FD7F9D0414FD08104
