FROM rockylinux:9
RUN yum -y install httpd
# options before the subcommand
# expect: SplitInstallCleanup "yum -y clean all"
RUN yum -y clean all
