FROM debian:12 AS fetch
RUN wget -q https://example.com/a.tgz
FROM debian:12
RUN curl -fsSLO https://example.com/b.tgz
# installing both is not using both
RUN apt-get install -y curl wget
