# openjdk publishes no JRE images for current versions: the suggestion moves to Eclipse Temurin.
# expect: JdkAsRuntime "eclipse-temurin:17-jre"
FROM openjdk:17-jdk-slim
COPY build/libs/app.jar /srv/app.jar
WORKDIR /srv
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp app.jar com.example.Main"]
