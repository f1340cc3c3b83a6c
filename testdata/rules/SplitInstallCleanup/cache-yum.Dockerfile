FROM rockylinux:9 AS yum
RUN yum install -y httpd
# expect: SplitInstallCleanup "yum clean"
RUN yum clean all
