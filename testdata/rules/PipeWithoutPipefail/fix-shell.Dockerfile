# dlint-test: fixes safe
FROM debian:12
SHELL ["/bin/bash", "-c"]
# expect: PipeWithoutPipefail "to the SHELL on line 3"
RUN curl -fsSL https://example.com | tar -xz
# expect: PipeWithoutPipefail
RUN find / -name '*.pyc' | xargs rm -f
