# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
# expect: RedundantTargetPlatform:6 "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"
FROM --platform=$TARGETPLATFORM scratch AS one
# expect: RedundantTargetPlatform:6 "predefined ${TARGETPLATFORM}"
FROM --platform=${TARGETPLATFORM}  alpine:3.20 AS two
# expect: RedundantTargetPlatform
FROM --platform="$TARGETPLATFORM" alpine:3.20 AS three
