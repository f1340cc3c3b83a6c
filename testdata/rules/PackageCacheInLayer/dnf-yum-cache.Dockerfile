FROM fedora:40
# /var/cache/yum is not dnf's cache (dnf keeps it in /var/cache/dnf, dnf5 in /var/cache/libdnf5)
# expect: PackageCacheInLayer as DL3040
RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*
