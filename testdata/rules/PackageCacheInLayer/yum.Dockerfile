# syntax=docker/dockerfile:1
FROM centos:7
RUN yum install -y mariadb-10.4 && yum clean all
RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*
RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4
# a cleanup before the install does not delete what the install fetches
# expect: PackageCacheInLayer:22 as DL3032
RUN yum clean all && yum install -y mariadb-10.4
# expect: PackageCacheInLayer:5 as DL3032 "or delete it at the end of this RUN (`&& yum clean all`)"
RUN yum install -y mariadb-10.4
# expect: PackageCacheInLayer as DL3032
RUN yum -y update
