FROM debian:12-slim
RUN apt-get update
# expect: AptInstallWithoutUpdate:5 "`apt-get install` runs without `apt-get update` in the same RUN"
RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
# no lists at all: "Unable to locate package"
# expect: AptInstallWithoutUpdate "`apt install`"
RUN apt install -y --no-install-recommends git=1:2.39.5-0+deb12u1
# the update comes after the install
# expect: AptInstallWithoutUpdate
RUN apt-get install -y --no-install-recommends make=4.3-4.1 && apt-get update && rm -rf /var/lib/apt/lists/*

FROM debian:12-slim AS child
# expect: AptInstallWithoutUpdate
RUN sh -c 'apt-get -y install --no-install-recommends curl=7.88.1-10+deb12u8'
