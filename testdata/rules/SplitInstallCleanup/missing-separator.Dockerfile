FROM debian:12-slim
WORKDIR /opt/app
COPY . /opt/app
# a missing && makes the next command an argument: no file named "rm" is deleted
RUN ./setup.sh && \
    rm -f /tmp/setup.log \
    rm -rf /tmp/cache
