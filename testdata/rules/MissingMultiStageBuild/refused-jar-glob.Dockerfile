# The CMD runs a jar by a glob through a shell: the artifact is not one named file, so no fix.
# expect: MissingMultiStageBuild "dlint fix cannot split it"
FROM maven:3.9-eclipse-temurin-21
WORKDIR /app
COPY . .
RUN mvn -B package
CMD java -jar target/*.jar
