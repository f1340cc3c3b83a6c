# A Maven build that copies the local target/ and IDE settings into its build stage.
# dlint-test: file pom.xml = <project/>
# dlint-test: file src/main/java/App.java = class App {}
# dlint-test: file target/classes/App.class 3kB
# dlint-test: file target/app.jar 40kB
# dlint-test: file .idea/workspace.xml 2kB
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
# expect: MissingDockerignore "`target`: 2 files, 43 kB, Maven or Cargo build output that `mvn -B package` at line 11 makes again"
COPY . .
RUN mvn -B package

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
