FROM debian:12-slim
# expect: GemDocumentationInstalled:5 "`gem install` generates ri and RDoc"
RUN gem install rails -v 7.1.3
# expect: GemDocumentationInstalled "`gem update`"
RUN gem update --system 3.5.9
# documentation off for rdoc only still builds ri
# expect: GemDocumentationInstalled
RUN gem install --ri bundler -v 2.5.9
# a gemrc that does not turn documentation off
RUN echo 'gem: --user-install' > /etc/gemrc
# expect: GemDocumentationInstalled
RUN gem install bundler -v 2.5.9

FROM ruby:3.3-slim AS official
RUN gem install bundler -v 2.5.9

FROM debian:12-slim AS other
# expect: GemDocumentationInstalled
RUN gem install bundler -v 2.5.9
