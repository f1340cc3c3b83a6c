# dlint-test: fixes safe
FROM debian:12-slim
# expect: GemDocumentationInstalled
RUN gem install rails -v 7.1.3
# expect: GemDocumentationInstalled
RUN gem update --system 3.5.9
