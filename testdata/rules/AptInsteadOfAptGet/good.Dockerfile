FROM debian:12
RUN apt-get install -y python
RUN apt-get install -y apt
RUN apt-cache policy curl
RUN apt-mark hold curl
RUN echo apt
