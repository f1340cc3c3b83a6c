# The start script may use anything the JDK has: nothing says it only runs a jar.
FROM eclipse-temurin:21-jdk
COPY app.jar start.sh /app/
ENTRYPOINT ["/app/start.sh"]
