FROM eclipse-temurin:21-jdk
COPY app.jar /app.jar
CMD ["sh", "-c", "jcmd 1 VM.flags; java -jar /app.jar"]
