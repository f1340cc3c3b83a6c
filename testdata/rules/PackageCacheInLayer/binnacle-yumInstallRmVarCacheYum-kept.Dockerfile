FROM rockylinux:9.3-minimal
RUN yum install -y httpd-2.4.57 && rm -rf /var/cache/yum
