FROM debian:12-slim
# a later RUN deletes it: SplitInstallCleanup's finding, not this rule's
RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz && tar -xzf /tmp/app.tgz -C /opt
RUN rm /tmp/app.tgz
