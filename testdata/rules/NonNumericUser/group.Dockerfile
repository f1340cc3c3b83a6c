FROM alpine:3.20
# the uid part is reported
# expect: NonNumericUser:6 "USER foobar:barfoo"
USER foobar:barfoo
