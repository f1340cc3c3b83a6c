ARG GLOBAL_VERSION=2.39.1
FROM centos:7 AS build
ENV version=2.39.1
RUN yum -y install git-core-${version}
# an ARG without a default: the version comes with --build-arg
ARG release
RUN yum -y install git-core-$release
# a global ARG redeclared in the stage has its default
ARG GLOBAL_VERSION
RUN yum -y install git-core-$GLOBAL_VERSION
# a variable set earlier in the RUN
RUN v=2.39.1 && yum -y install git-core-$v
RUN export v=2.39.1 && dnf -y install git-core-$v
# expect: UnpinnedPackage as DL3033 "`git-core-` (from `git-core-${nothing}`)"
RUN yum -y install git-core-${nothing}
# a list of packages in an ENV: each is judged
ENV PACKAGES="curl-7.29.0 wget"
# expect: UnpinnedPackage as DL3033 "`wget` (from `$PACKAGES`) is installed"
RUN yum -y install $PACKAGES
FROM build
# the ENV of the stage this one is built FROM
RUN dnf -y install git-core-${version}
FROM centos:7
# the ENV of an unrelated stage: the variable is empty here
# expect: UnpinnedPackage as DL3041
RUN dnf -y install git-core-${version}
