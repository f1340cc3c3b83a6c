FROM opensuse/leap:15.6
# zypper clean without --all deletes downloaded packages, not the repository metadata
# expect: PackageCacheInLayer as DL3036
RUN zypper install -y mariadb=10.4 && zypper clean
