FROM debian:12-slim
WORKDIR /usr/local/src/app
RUN gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" \
 && ./configure --build="$gnuArch" --prefix=/usr/local && make && make install
RUN ./configure --build x86_64-linux-gnu && make
RUN ./configure --help
# configure scripts that are not autoconf's
RUN cd "node-v$NODE_VERSION" && ./configure && make
RUN cd nginx-1.27.0 && ./configure --with-http_ssl_module && make
