FROM rockylinux:9.3-minimal
# expect: MissingAssumeYes as DL3030
RUN yum install httpd-2.4.57 && yum clean all
