# A JRE image; a JDK stage that compiles; a JDK image whose start command uses JDK tools.
FROM eclipse-temurin:21-jdk AS build
COPY . /src
RUN cd /src && ./mvnw -B package

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
