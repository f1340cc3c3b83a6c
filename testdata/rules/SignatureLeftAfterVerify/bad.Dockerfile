FROM debian:12-slim
# expect: SignatureLeftAfterVerify@+1:19 "The signature `/tmp/app.tgz.asc` is checked by `gpg --verify` on line 5"
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz \
 && curl -fsSL -o /tmp/app.tgz.asc https://example.com/app.tgz.asc \
 && gpg --batch --verify /tmp/app.tgz.asc /tmp/app.tgz \
 && tar -xzf /tmp/app.tgz -C /opt \
 && rm /tmp/app.tgz
WORKDIR /opt
# expect: SignatureLeftAfterVerify "`/opt/tool.sig`"
RUN curl -fsSLO https://example.com/tool && curl -fsSLO https://example.com/tool.sig \
 && gpgv --keyring /usr/share/keyrings/example.gpg tool.sig tool \
 && install -m 755 tool /usr/local/bin/tool && rm tool
