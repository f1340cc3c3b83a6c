FROM debian:12
# expect: UnpinnedPackage:39 as DL3008 "`python` is installed without a version, so each build installs whatever `apt-get install` resolves that day. Pin it: `python=<version>`."
RUN apt-get update && apt-get install python
RUN apt-get install nodejs=0.10
RUN apt-get -yqq install nodejs=0.10
RUN apt-get install python-demjson=2.2.2*
RUN apt-get install git=1:2.5.0*
RUN apt-get install ./wkhtmltox_0.12.5-1.buster_amd64.deb
RUN apt-get install -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1
# one finding per command, at its first unpinned package, the others related
# expect: UnpinnedPackage:39 as DL3008 "`curl`, `git` are installed without a version"
RUN apt-get install -y curl=7.88.1-10 curl git
# expect: UnpinnedPackage as DL3008 "`a` and 4 more are installed"
RUN apt-get install -y a b c d e
# apt and aptitude install the same way
# expect: UnpinnedPackage as DL3008 "whatever `apt install`"
RUN apt install -y python3
# expect: UnpinnedPackage as DL3008 "whatever `aptitude install`"
RUN aptitude install -y python3
RUN apt-get update && apt-get remove -y python3
