# An SSH server beside the real service (started by supervisord) is still reported.
FROM centos:7
# expect: SshServerInImage:37 "Installing openssh-server"
RUN yum -y install httpd supervisor openssh-server && yum clean all
EXPOSE 80
# expect: SshServerInImage:8 "EXPOSE 22 advertises an SSH server"
EXPOSE 22
CMD ["/usr/bin/supervisord", "-n"]
