FROM rockylinux:9.3-minimal
# expect: PackageCacheInLayer as DL3032
RUN yum install -y httpd-2.4.57
