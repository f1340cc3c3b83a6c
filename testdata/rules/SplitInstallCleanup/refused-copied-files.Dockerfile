# Files COPY added stay in the COPY's layer whatever a later RUN does: there is no cleanup to move.
FROM oraclelinux:8-slim
COPY installer.zip /u01/
# expect: SplitInstallCleanup
RUN cd /u01 && unzip -q installer.zip && ./install.sh && rm -f /u01/installer.zip
