# A JRE tag for each form of JDK tag.
# expect: JdkAsRuntime "eclipse-temurin:17-jre-alpine"
FROM eclipse-temurin:17-alpine
COPY app.jar /app.jar
CMD java -Xmx512m -jar /app.jar
