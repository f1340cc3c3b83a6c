FROM debian:12-slim
WORKDIR /tmp
RUN curl -fsSL -o tool.tar.gz https://example.com/tool.tar.gz
# expect: SplitInstallCleanup:40 "curl -o tool.tar.gz"
RUN tar -xzf tool.tar.gz -C /opt && rm tool.tar.gz
COPY installer.bin /opt/installer.bin
# expect: SplitInstallCleanup "`installer.bin` added by COPY"
RUN /opt/installer.bin --silent && rm -f /opt/installer.bin
ADD https://example.com/big.zip /downloads/
# expect: SplitInstallCleanup "`https://example.com/big.zip` added by ADD"
RUN rm -rf /downloads
RUN git clone https://github.com/example/project.git /src/project
# expect: SplitInstallCleanup "clone"
RUN rm -rf /src/project/.git
