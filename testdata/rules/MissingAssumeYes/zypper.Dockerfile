FROM opensuse/leap:15.6
# expect: MissingAssumeYes:5 as DL3034 "Add `-n` (--non-interactive) before the subcommand."
RUN zypper install httpd=2.4.24
RUN zypper -n install httpd=2.4.24
RUN zypper --non-interactive install httpd=2.4.24
RUN zypper install -y httpd=2.4.24
RUN zypper install --no-confirm httpd=2.4.24
# expect: MissingAssumeYes as DL3034
RUN zypper in httpd=2.4.24
# expect: MissingAssumeYes as DL3034
RUN zypper remove httpd
# expect: MissingAssumeYes as DL3034
RUN zypper rm httpd
# expect: MissingAssumeYes as DL3034
RUN zypper source-install httpd
# expect: MissingAssumeYes as DL3034
RUN zypper si httpd
# expect: MissingAssumeYes as DL3034
RUN zypper patch
