# hadolint stage ignore=DL3011
FROM ubuntu:24.04
EXPOSE 80000
# the pragma covers its stage only
FROM ubuntu:24.04
# expect: ExposePortOutOfRange "80000 is the port"
EXPOSE 80000
# hadolint ignore=DL3023, DL3011
EXPOSE 90000
