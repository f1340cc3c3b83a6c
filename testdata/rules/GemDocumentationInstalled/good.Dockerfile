FROM debian:12-slim AS base
RUN gem install --no-document rails -v 7.1.3
RUN gem install -N bundler -v 2.5.9
RUN gem update --system 3.5.9 --no-document
RUN gem install --no-ri --no-rdoc rake -v 13.2.1

FROM debian:12-slim AS gemrc
RUN echo 'gem: --no-document' > /etc/gemrc
RUN gem install rails -v 7.1.3

FROM debian:12-slim
RUN echo 'install: --no-document' >> /etc/gemrc && gem install rails -v 7.1.3

# built FROM the official ruby image (whose gemrc says --no-document), with the tag from an ARG without a value
ARG VARIANT
FROM mcr.microsoft.com/devcontainers/ruby:${VARIANT} AS devcontainer
RUN gem install rails -v 7.1.3
