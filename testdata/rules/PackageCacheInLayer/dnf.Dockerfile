# syntax=docker/dockerfile:1
FROM fedora:40
RUN dnf install -y mariadb-10.4 && dnf clean all
RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/dnf
RUN microdnf install -y mariadb-10.4 && microdnf clean all
# /var/cache/yum is microdnf's cache, not dnf's
RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4
RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y mariadb-10.4
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y mariadb-10.4
RUN dnf -y upgrade && dnf clean all
RUN dnf -y rei mariadb-10.4 && dnf clean all
# expect: PackageCacheInLayer:22 as DL3040
RUN dnf clean all && dnf install -y mariadb-10.4
# expect: PackageCacheInLayer:5 as DL3040 "`dnf install` leaves its cache (/var/cache/dnf)"
RUN dnf install -y mariadb-10.4
# expect: PackageCacheInLayer as DL3040 "`microdnf install`"
RUN microdnf install -y mariadb-10.4
# expect: PackageCacheInLayer as DL3040
RUN dnf in -y mariadb-10.4
# expect: PackageCacheInLayer as DL3040
RUN dnf -y upgrade
# expect: PackageCacheInLayer as DL3040
RUN dnf -y up
# expect: PackageCacheInLayer as DL3040
RUN dnf -y upgrade-minimal
# expect: PackageCacheInLayer as DL3040
RUN dnf -y up-min
# expect: PackageCacheInLayer as DL3040
RUN dnf -y reinstall mariadb-10.4
# expect: PackageCacheInLayer as DL3040
RUN dnf -y rei mariadb-10.4
