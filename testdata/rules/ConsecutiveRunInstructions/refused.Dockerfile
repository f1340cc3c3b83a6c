FROM debian:12
RUN echo one # a comment the joined command would end up in
# expect: ConsecutiveRunInstructions
RUN echo two
