FROM debian:12
# without shellcheck (this fixture does not turn it on) the rule says nothing
RUN echo $1 `date`
