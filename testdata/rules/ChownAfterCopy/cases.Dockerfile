FROM eclipse-temurin:21-jre
WORKDIR /opt
ADD app.tar.gz /opt/app/
# a path inside what ADD wrote, relative to WORKDIR
# expect: ChownAfterCopy "ADD --chown=app:app"
RUN useradd -r app && chown -R app:app app/lib
COPY config/ /etc/app/
# expect: ChownAfterCopy "chmod -R 640 /etc"
RUN chmod -R 640 /etc
RUN curl -fsSL -o /opt/tool.jar https://example.com/tool.jar
# expect: ChownAfterCopy "Do it in the RUN that creates the files"
RUN chown -R app /opt/tool.jar
