FROM debian:12
RUN apt-get update
# install the tools
# expect: ConsecutiveRunInstructions
RUN apt-get install -y --no-install-recommends curl
# expect: ConsecutiveRunInstructions
RUN curl --version | head -n 1
