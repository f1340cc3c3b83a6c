FROM scratch AS base
SHELL ["/usr/bin/customshell"]
FROM base AS child
ENTRYPOINT mycommand
# a SHELL after the CMD does not count, and an unrelated stage starts without one
FROM scratch
# expect: JSONArgsRecommended
CMD mycommand
SHELL ["/bin/sh", "-c"]
