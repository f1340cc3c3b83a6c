# escape=`
# dlint-test: shellcheck on
FROM debian:12
# with the backtick as escape character a backtick ends the line, and backslashes stay in the script as they are:
# ShellCheck sees the \t and \p of the Windows-style paths at their own columns
# expect: ShellCheck:12 as SC1012
# expect: ShellCheck@+1:12 as SC1001
# expect: ShellCheck@+1:18 as SC2086
# expect: ShellCheck@+2:20 as SC2154
RUN echo C:\temp\ && `
    echo C:\path $1 `
 && echo "\$HOME" "$not_declared"
