FROM debian:12
# expect: LargeUidWithoutNoLogInit:13 as DL3046 "useradd -u 123456 without -l"
RUN useradd -u 123456 luser
# the long option too
# expect: LargeUidWithoutNoLogInit:27 "--uid 1000000"
RUN useradd --create-home --uid=1000000 app
