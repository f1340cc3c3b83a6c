FROM debian:12
# expect: AptInsteadOfAptGet
# expect: AptInsteadOfAptGet@+1
# expect: AptInsteadOfAptGet@+2
RUN apt update \
 && apt install -y --no-install-recommends curl=7.88.1-10 \
 && apt remove -y wget \
 && rm -rf /var/lib/apt/lists/*
