# dlint-test: shellcheck on
FROM debian:12
# hadolint's pragma names the SC code; the other code on the line is still reported
# expect: ShellCheck:22 as SC2154
# hadolint ignore=SC2086
RUN echo $1 && echo "$not_declared"
# dlint's pragma too
# dlint ignore=SC2086
RUN echo $1
# ignoring the rule silences every code
# dlint ignore=ShellCheck
RUN echo $1 "$not_declared"
