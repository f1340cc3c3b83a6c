FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package

# expect: JdkAsRuntime "eclipse-temurin:21-jre (about 90 MB)"
FROM eclipse-temurin:21-jdk
COPY --from=build /src/target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
