FROM debian:12-slim
RUN gem install --no-document rails -v 7.1.3 && rm -rf /root/.gem
