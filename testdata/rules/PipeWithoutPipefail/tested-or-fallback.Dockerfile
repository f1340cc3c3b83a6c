FROM debian:12
# left of ||, pipefail decides whether the fallback runs
# expect: PipeWithoutPipefail:100 "a failure before the | goes unseen"
RUN curl -fsSL https://example.com/tool.tgz -o /tmp/tool.tgz; curl -fsSL https://example.com/x.tgz | tar -xz || exit 1
# a condition followed by || is decided by the ||
# expect: PipeWithoutPipefail:29
RUN if curl -fsSL https://x | grep -q ok || true; then echo yes; fi
# dpkg with another option is not a fact of the machine
# expect: PipeWithoutPipefail:13
RUN dpkg -l | grep -q libssl && echo found
# an assignment takes the substitution's status, so a failing scanelf would go unseen
# expect: PipeWithoutPipefail:55
RUN runDeps="$(scanelf --needed --nobanner /usr/local | sort -u)" && apk add $runDeps
# cat of another file can fail, and a fallback that can fail itself is no forgiveness
# expect: PipeWithoutPipefail:23
RUN cat /srv/app.conf | grep -v '^#' > /srv/app.clean
# expect: PipeWithoutPipefail:41
RUN { make check || make report; } 2>&1 | tee /check.log
