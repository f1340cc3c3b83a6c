# dlint-test: fixes safe
FROM debian:12
# expect: MissingAssumeYes
RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10
# expect: MissingAssumeYes
RUN dnf install httpd-2.4.24
# expect: MissingAssumeYes
RUN zypper install httpd=2.4.24
# expect: MissingAssumeYes
RUN sh -c 'apt-get purge python3'
