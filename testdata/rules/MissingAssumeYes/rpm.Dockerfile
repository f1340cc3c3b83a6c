FROM centos:7
# expect: MissingAssumeYes:5 as DL3030 "`yum install`"
RUN yum install httpd-2.4.24 && yum clean all
RUN yum install -y httpd-2.4.24 && yum clean all
RUN yum --assumeyes install httpd-2.4.24
# expect: MissingAssumeYes as DL3030 "`yum groupinstall`"
RUN yum groupinstall "Development Tools"
# expect: MissingAssumeYes as DL3030 "`yum localinstall`"
RUN yum localinstall /tmp/x-1.0.rpm
RUN bash -c `# not even a yum command`
# expect: MissingAssumeYes as DL3038 "`dnf install`"
RUN dnf install httpd-2.4.24
RUN dnf install -y httpd-2.4.24
# expect: MissingAssumeYes as DL3038
RUN dnf groupinstall "Development Tools"
RUN notdnf install httpd
# microdnf never asks: its -y does nothing
RUN microdnf install httpd-2.4.24
