FROM debian:12
# (cases that delete the lists come first: a later RUN that deletes them hides an earlier leak, which
# SplitInstallCleanup then reports at that deletion)
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists
RUN apt-get update && apt-get install -y curl && apt-get dist-clean
# an install alone fetches no lists; Debian's images delete the downloaded archives
RUN apt-get install -y curl
# expect: PackageCacheInLayer:5 as DL3009 "`apt-get update` leaves the package lists (/var/lib/apt/lists) in this layer"
RUN apt-get update && apt-get install -y --no-install-recommends python3
# expect: PackageCacheInLayer:5 as DL3009 "`apt update` leaves the package lists"
RUN apt update && apt install -y python3
# expect: PackageCacheInLayer as DL3009 "`aptitude update`"
RUN aptitude update && aptitude install -y python3
# any rm -rf is not a cleanup of the lists
# expect: PackageCacheInLayer as DL3009
RUN apt-get update && apt-get install -y curl && rm -rf /tmp/*
# apt-get clean deletes downloaded archives, not the lists
# expect: PackageCacheInLayer as DL3009
RUN apt-get update && apt-get install -y curl && apt-get clean
# two updates and no cleanup: one finding, the second update related
# expect: PackageCacheInLayer:5 as DL3009
RUN apt-get update && apt-get install -y gnupg && apt-get update && apt-get install -y x
