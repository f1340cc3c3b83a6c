FROM debian:12-slim
# expect: SourceTreeLeftInUsrSrc@+1 "The sources in `/usr/src/app` are built by `make -C /usr/src/app`"
RUN mkdir -p /usr/src/app \
 && curl -fsSL https://example.com/app.tgz | tar -xz -C /usr/src/app --strip-components=1 \
 && make -C /usr/src/app \
 && make -C /usr/src/app install
# expect: SourceTreeLeftInUsrSrc "`/usr/src/lib`"
RUN git clone --depth 1 https://example.com/lib.git /usr/src/lib \
 && cd /usr/src/lib && ./configure --build=x86_64-linux-gnu && make install
