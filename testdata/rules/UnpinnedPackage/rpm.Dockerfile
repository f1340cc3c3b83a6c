FROM centos:7
# expect: UnpinnedPackage:20 as DL3033 "Pin it: `tomcat-<version>`."
RUN yum install -y tomcat
RUN yum install -y tomcat-9.2
RUN yum install -y openssl-1:1.1.1k
RUN yum install -y rpm-sign-4.16.1.3
RUN yum install -y gcc-c++-1.1.1
RUN yum install -y /tmp/package-1.0.rpm
# expect: UnpinnedPackage as DL3033
RUN yum module install -y tomcat
RUN yum module install -y tomcat:9
# expect: UnpinnedPackage as DL3041
RUN dnf install -y tomcat
# expect: UnpinnedPackage as DL3041 "`rpm-sign`"
RUN dnf install -y rpm-sign
RUN dnf install -y tomcat-9.0.1
RUN dnf install -y rpm-sign-4.16.1.3 gcc-c++-1.1.1 openssl-1:1.1.1k
# expect: UnpinnedPackage as DL3041
RUN dnf module install tomcat
RUN dnf module install tomcat:9
RUN dnf -y group install "Development Tools"
RUN dnf -y --setopt=install_weak_deps=False group install "Development Tools"
# expect: UnpinnedPackage as DL3041 "whatever `microdnf install`"
RUN microdnf install -y tomcat
RUN notdnf install tomcat
# expect: UnpinnedPackage as DL3037 "Pin it: `tomcat=<version>`."
RUN zypper install -y tomcat
RUN zypper install -y tomcat=9.0.39
RUN zypper install -y tomcat\>=9.0
RUN zypper install -y tomcat\>9.0
RUN zypper install -y tomcat\<=9.0
RUN zypper install -y tomcat\<9.0
RUN zypper install -y tomcat-9.0.39-1.rpm
