FROM debian:12-slim
RUN gem update --system 3.5.9 --no-document && rm -rf /root/.gem
