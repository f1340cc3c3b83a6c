FROM fedora:40
RUN dnf -q -y install nginx
# expect: SplitInstallCleanup "dnf -q clean all"
RUN dnf -q clean all
