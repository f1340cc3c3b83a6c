FROM debian:12 AS base
# an apt.conf setting written by the Dockerfile before the install
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99no-recommends
FROM base
RUN apt-get install -y python
FROM debian:12
RUN echo 'APT::Install-Recommends "0";' | tee /etc/apt/apt.conf.d/99no-recommends \
 && apt-get install -y python
FROM debian:12
# expect: MissingNoInstallRecommends
RUN apt-get install -y python
# written after the install
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99no-recommends
