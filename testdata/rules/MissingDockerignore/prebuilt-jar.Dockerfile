# The jar is built on the host and the image runs it from target/: target/ is needed, not litter.
# dlint-test: file target/app.jar 40kB
# dlint-test: file README.md = docs
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY . .
CMD ["java", "-jar", "target/app.jar"]
