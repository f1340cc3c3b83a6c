FROM alpine:3.20
# expect: NonNumericUser:6 "USER foobar runs the final image as a user name"
USER foobar
