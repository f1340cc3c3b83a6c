FROM debian:12-slim
WORKDIR /usr/local/src/app
RUN ./configure --build="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" --prefix=/usr/local && make && make install
