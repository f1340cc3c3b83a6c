FROM debian:12-slim
RUN curl -fsSL https://example.com/app.sh -o /usr/local/bin/app.sh
