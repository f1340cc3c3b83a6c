FROM debian:12
RUN /foo.sh
# expect: ConsecutiveRunInstructions:1 as DL3059 "This RUN and the one on line 2"
RUN /bar.sh
# comments between RUNs do not separate them
# expect: ConsecutiveRunInstructions "line 4"
RUN /baz.sh
WORKDIR /srv
RUN --mount=type=cache,target=/root/.cache make
# expect: ConsecutiveRunInstructions
RUN --mount=type=cache,target=/root/.cache make install
RUN foo && bar
RUN foo
# expect: ConsecutiveRunInstructions "line 13"
RUN bar
