FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get install --update -y --no-install-recommends git=1:2.39.5-0+deb12u1 && apt-get dist-clean
COPY app.deb /tmp/
RUN apt-get install -y /tmp/app.deb && rm /tmp/app.deb
# an earlier install --update in the same RUN fetched the lists
RUN apt-get install --update -y --no-install-recommends ca-certificates=20230311 \
 && apt-get install -y --no-install-recommends wget=1.21.3-1+b2 \
 && apt-get dist-clean
