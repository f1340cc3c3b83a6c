FROM scratch
ENV testkey=value
LABEL key=value
ENV DEPS="\
    curl \
    git \
    make"
ENV A=1 B=2
LABEL "com.example.vendor"="ACME Incorporated" version=1.0
ARG foo=bar
