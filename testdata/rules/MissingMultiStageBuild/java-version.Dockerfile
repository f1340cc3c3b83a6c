# expect: MissingMultiStageBuild "eclipse-temurin:17-jre-alpine"
FROM maven:3.9-eclipse-temurin-17-alpine
WORKDIR /src
COPY . .
RUN mvn -B package
CMD ["java", "-jar", "target/app.jar"]
