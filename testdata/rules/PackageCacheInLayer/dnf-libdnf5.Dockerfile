FROM fedora:41
# expect: PackageCacheInLayer:34 as DL3040
RUN rm -rf /var/cache/libdnf5 && dnf install -y mariadb-10.4
