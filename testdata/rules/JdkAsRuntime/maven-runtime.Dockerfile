# A Maven image that only runs the jar built elsewhere.
# expect: JdkAsRuntime "eclipse-temurin:21-jre"
FROM maven:3.9-eclipse-temurin-21
COPY target/app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
