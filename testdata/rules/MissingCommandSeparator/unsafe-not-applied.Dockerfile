# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM oraclelinux:8
COPY install.rsp /tmp/install.rsp
# expect: MissingCommandSeparator@+2:5 "`rm` at line 8 is an argument of `rm -f /tmp/install.rsp"
RUN /opt/installer -silent -responseFile /tmp/install.rsp && \
    rm -f /tmp/install.rsp \
    rm -rf /tmp/OraInstall*
# expect: MissingCommandSeparator@+1 "`cd` at line 11"
RUN mkdir -p /app \
    cd /app && make
# expect: MissingCommandSeparator@+2 "`else` at line 15 is an argument of `tar -xzf /tmp/x.tgz"
RUN if [ -f /tmp/x.tgz ]; then \
        tar -xzf /tmp/x.tgz \
    else \
        echo "no archive"; \
    fi
