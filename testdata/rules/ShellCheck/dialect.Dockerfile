# dlint-test: shellcheck on
FROM debian:12 AS base
# expect: ShellCheck:11 as SC3028 "In POSIX sh, RANDOM is undefined"
RUN echo "$RANDOM"
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN echo "$RANDOM" && [[ -d /tmp ]]
# a stage built on base keeps its SHELL
FROM base
RUN echo "$RANDOM"
# an unrelated stage starts with /bin/sh again
FROM debian:12
# expect: ShellCheck:11 as SC3028
RUN echo "$RANDOM"
# a heredoc script's shebang chooses its dialect
RUN <<EOF
#!/bin/bash
echo "$RANDOM"
EOF
# zsh and PowerShell are not checked
SHELL ["/bin/zsh", "-c"]
RUN echo $1
SHELL ["pwsh", "-Command"]
RUN Write-Host $env:PATH
