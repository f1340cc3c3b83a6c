FROM eclipse-temurin:21-jdk
COPY src /src
RUN javac -d /classes /src/Main.java
CMD ["java", "-cp", "/classes", "Main"]
