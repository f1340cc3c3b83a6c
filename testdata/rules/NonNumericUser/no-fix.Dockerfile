FROM debian:12
# the account's uid is not in the Dockerfile: no fix
RUN useradd --system app
# expect: NonNumericUser
USER app
