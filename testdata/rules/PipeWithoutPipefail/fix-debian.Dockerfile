FROM debian:12
RUN apt-get update
# expect: PipeWithoutPipefail "run RUN with pipefail, SHELL ["
RUN curl -fsSL https://example.com | tar -xz
# expect: PipeWithoutPipefail
RUN find / -name '*.pyc' | xargs rm -f
