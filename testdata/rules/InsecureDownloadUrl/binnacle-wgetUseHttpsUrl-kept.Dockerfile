FROM debian:12-slim
RUN wget -q https://example.com/app.sh -O /usr/local/bin/app.sh
