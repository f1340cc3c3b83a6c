FROM debian:12
RUN apt-get install --no-install-recommends -y python
RUN apt-get install -y python --no-install-recommends
RUN apt-get install -y -o APT::Install-Recommends=false python
RUN apt-get install -y -o 'APT::Install-Recommends=0' python
RUN apt-get install -y --option=APT::Install-Recommends=false python
RUN apt-get install -y --install-recommends python
RUN aptitude install -y -R python
RUN aptitude install -y --without-recommends python
RUN apt-get update
RUN apt-get remove -y python
