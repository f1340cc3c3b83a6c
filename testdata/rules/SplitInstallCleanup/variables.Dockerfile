FROM oraclelinux:8-slim
ARG FMW_PKG=fmw_14.1.2.0.0_wls.zip
ARG PATCH_PKG
ENV RSP=install.rsp
COPY $FMW_PKG $PATCH_PKG $RSP /u01/
# an installer copied under a variable name and deleted through the same variable
# expect: SplitInstallCleanup "`$FMW_PKG` added by COPY"
# expect: SplitInstallCleanup@+1 "`$PATCH_PKG` added by COPY"
# expect: SplitInstallCleanup@+2 "`$RSP` added by COPY"
RUN cd /u01 && unzip -q $FMW_PKG && rm -f /u01/$FMW_PKG && \
    rm -f /u01/${PATCH_PKG} && \
    rm -f ${RSP}
