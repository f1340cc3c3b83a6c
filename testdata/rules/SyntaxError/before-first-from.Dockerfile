# syntax=docker/dockerfile:1
ARG A=B
# expect: SyntaxError:1 as DL3061 "LABEL comes before the first FROM"
LABEL foo=bar
# expect: SyntaxError:1 as DL3061 "ENV comes before the first FROM"
ENV X=1
ARG C
FROM alpine:3.20
ARG D
RUN echo "$D"
