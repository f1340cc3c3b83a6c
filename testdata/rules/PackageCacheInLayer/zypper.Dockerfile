# syntax=docker/dockerfile:1
FROM opensuse/leap:15.6
RUN zypper install -y mariadb=10.4 && zypper clean --all
RUN zypper install -y mariadb=10.4 && zypper cc -a
RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb=10.4
RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb=10.4
# expect: PackageCacheInLayer:27 as DL3036
RUN zypper clean --all && zypper install -y mariadb=10.4
# expect: PackageCacheInLayer:5 as DL3036 "(`&& zypper clean --all`)"
RUN zypper install -y mariadb=10.4
