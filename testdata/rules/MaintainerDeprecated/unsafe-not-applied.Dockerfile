# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM alpine:3.20
# expect: MaintainerDeprecated:1 "Maintainer instruction is deprecated in favor of using label"
MAINTAINER me@example.org
FROM alpine:3.20 AS quoted
# expect: MaintainerDeprecated "org.opencontainers.image.authors"
MAINTAINER "Jane Doe <jane@example.org>"
from alpine:3.20 AS lower
# expect: MaintainerDeprecated
maintainer Joe "Quotes" $HOME \ and \\ backslashes
