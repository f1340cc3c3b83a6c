# dlint-test: fixes safe
# Package managers' clean commands move like rm.
FROM rockylinux:9
RUN yum -y install httpd
# expect: SplitInstallCleanup "yum -y clean all"
RUN yum -y clean all
