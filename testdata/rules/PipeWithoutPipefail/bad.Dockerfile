FROM debian:12
# expect: PipeWithoutPipefail:38 as DL4006 "a failure before the | goes unseen"
RUN wget -O - https://some.site/data | wc -l > /number
# sh does not know pipefail
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
# expect: PipeWithoutPipefail:36
RUN curl -fsSL https://example.com | tar -xz
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com | tar -xz
# SHELL set back to sh
SHELL ["/bin/sh", "-c"]
# expect: PipeWithoutPipefail
RUN curl -fsSL https://example.com | tar -xz
# a new stage starts with /bin/sh
FROM debian:12
# expect: PipeWithoutPipefail@+1:36
RUN apt-get update \
 && curl -fsSL https://example.com | gpg --dearmor > /usr/share/keyrings/example.gpg
