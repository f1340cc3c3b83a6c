# dlint-test: fixes safe
# A download deleted in a later RUN, with comments and blank lines around: only the moved command changes.
FROM debian:12-slim

# fetch the agent
RUN curl -fsSL -o /tmp/agent.deb https://example.com/agent.deb

# expect: SplitInstallCleanup "curl -o /tmp/agent.deb"
RUN rm -f /tmp/agent.deb

USER nobody
