# dlint-test: shellcheck on
FROM debian:12
# a finding on the third physical line of the RUN, past a comment line BuildKit drops, at its own column
# expect: ShellCheck@+3:5 as SC2164 "SC2164: Use 'cd ... || exit'"
RUN apt-get update \
# the comment is not part of the script
 && mkdir /src \
 && cd /src; make \
 && echo finished
# expect: ShellCheck:10 as SC2086 "SC2086: Double quote"
RUN echo $1 ok
# unquoted $1 on the second line, and backquotes on the third
# expect: ShellCheck@+1:10 as SC2086
# expect: ShellCheck@+2:10 as SC2046
# expect: ShellCheck@+2:10 as SC2006
# expect: ShellCheck@+2:10 as SC2005
RUN true; \
    echo $1 \
 && echo `date`
