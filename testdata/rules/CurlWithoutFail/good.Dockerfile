FROM debian:12-slim
RUN curl -fsSL https://example.com/app.tgz -o /tmp/app.tgz
RUN curl -sSfL https://example.com/app.tgz -o /tmp/app.tgz
RUN curl --fail --silent --show-error --location https://example.com/app.tgz -o /tmp/app.tgz
RUN curl -sS --fail-with-body https://example.com/app.tgz -o /tmp/app.tgz
RUN curl -sSLf -o /tmp/app.tgz https://example.com/app.tgz
# informational runs and header-only requests
RUN curl --version && curl -sI https://example.com/
