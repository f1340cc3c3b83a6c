# The tag names no Java version, so no JRE tag can be chosen for it.
# expect: JdkAsRuntime "No automatic fix"
FROM amazoncorretto:latest
COPY app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
