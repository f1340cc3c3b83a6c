FROM debian:12-slim
# expect: GemDocumentationInstalled
RUN gem install rails -v 7.1.3 && rm -rf /root/.gem
