# dlint's own image: `docker build -t dlint .`, then lint as with hadolint's image:
#   docker run --rm -i dlint - < Dockerfile
#   docker run --rm -v "$PWD:/work" dlint .
# Stage 1 builds the self-contained jar with Maven; stage 2 is a JRE with only the jar, run as a non-root user.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src/processor src/processor
RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline
COPY grammar grammar
# dlint ignore=SecretInBuildContext -- SecretEvidence.java holds the sample token shapes the rule looks for, no secret
COPY src/main src/main
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -o -DskipTests package

FROM eclipse-temurin:17.0.13_11-jre
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin dlint
COPY --from=build /src/target/dlint.jar /opt/dlint/dlint.jar
USER 10001
WORKDIR /work
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", "/opt/dlint/dlint.jar"]
CMD ["--help"]
