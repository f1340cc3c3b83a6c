FROM debian:12-slim
WORKDIR /usr/local/src/app
# expect: ConfigureWithoutBuild:5 "`./configure` without --build"
RUN ./configure --prefix=/usr/local && make && make install
# expect: ConfigureWithoutBuild "`../configure`"
RUN mkdir build && cd build && ../configure && make
# expect: ConfigureWithoutBuild:8
RUN sh ./configure --enable-static
# --host alone still leaves the build machine to a guess
# expect: ConfigureWithoutBuild
RUN ./configure --host=aarch64-linux-gnu
