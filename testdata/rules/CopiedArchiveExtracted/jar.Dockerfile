FROM eclipse-temurin:21-jdk
ENV WDT_HOME=/u01
# a zip unpacked with the JDK's jar tool
# expect: CopiedArchiveExtracted:6 "weblogic-deploy.zip is copied into the image here and extracted by `jar x` on line 6"
COPY weblogic-deploy.zip ${WDT_HOME}
RUN cd ${WDT_HOME} && $JAVA_HOME/bin/jar xf weblogic-deploy.zip && rm weblogic-deploy.zip
