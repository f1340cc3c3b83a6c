FROM debian:12 AS base
RUN echo "no pipe"
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN curl -fsSL https://example.com | tar -xz
# a stage built on base keeps its SHELL
FROM base
RUN curl -fsSL https://example.com | tar -xz
FROM debian:12
SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com | tar -xz
SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com | tar -xz
SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com | tar -xz
FROM debian:12
# the script sets pipefail itself
RUN set -euo pipefail; curl -fsSL https://example.com | tar -xz
# nothing before the | can fail, and yes must not (pipefail would fail it when the reader exits)
RUN echo "0123abcd  tool.tgz" | sha256sum -c - && yes | ./configure && { echo a; echo b; } | tee /etc/x.conf
# commands that only print a fact of the build machine cannot fail in a way that matters
RUN dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')" && uname -m | sed 's/x86_64/amd64/' > /arch \
 && nproc | tee /cpus && apk --print-arch | tr a-z A-Z
# a pipeline whose status is a test: the last command failing is the expected outcome, pipefail changes nothing
RUN if ldd /usr/bin/app | grep -q 'not found'; then exit 1; fi \
 && ! { ldd /usr/bin/app | grep 'not found'; } \
 && while ps aux | grep -q '[d]pkg'; do sleep 1; done
# a command substitution whose status nobody reads: for lists and the words of a command drop it, pipefail or not
RUN for f in $(git status --porcelain | awk '{print $2}'); do cp "$f" /out/; done \
 && apk add --no-network $(scanelf --needed --nobanner /usr/local | sort -u) \
 && export ARCH="$(uname -s | tr A-Z a-z)-$(cat /etc/arch-hint | cut -d- -f1)"
# files every build has, and a failure the script forgives itself
RUN cat /etc/passwd | grep '^app:' > /rootfs/etc/passwd && { acarsdec --help || :; } 2>&1 | grep 'usage'
# a \ at the end of a comment does not join lines
# \
RUN echo done
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell.exe", "-Command"]
RUN Get-ChildItem | Select-Object Name
SHELL ["cmd.exe", "/S", "/C"]
RUN dir | findstr x
SHELL ["pwsh", "-Command"]
RUN Get-ChildItem | Select-Object Name
