FROM debian:12-slim
WORKDIR /usr/local/src/app
# expect: ConfigureWithoutBuild
RUN ./configure --prefix=/usr/local && make && make install
