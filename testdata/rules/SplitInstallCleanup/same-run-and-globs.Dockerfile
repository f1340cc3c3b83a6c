FROM oraclelinux:8-slim
# a glob COPY writes only the names that match it
COPY bin/p*.zip /u01/
# what a RUN makes and removes itself is never blamed on an earlier layer
RUN mkdir /u01/tmp && cd /u01/tmp && unzip -q /u01/p1.zip && ./install.sh && cd / && rm -rf /u01/tmp
RUN rm -rf /u01/oui
# expect: SplitInstallCleanup "`bin/p*.zip` added by COPY"
RUN rm -f /u01/p1.zip
