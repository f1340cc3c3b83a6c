# dlint-test: onbuild-variant off
FROM debian:12
ARG APP_UID=2000000
# the ARG's value is known
# expect: LargeUidWithoutNoLogInit:13 "2000000"
RUN useradd -u "$APP_UID" app
