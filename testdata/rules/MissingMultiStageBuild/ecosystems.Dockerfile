FROM maven:3.9-eclipse-temurin-21 AS java
COPY . /src
RUN mvn -B package

FROM rust:1.82 AS rust
COPY . /src
RUN cargo build --release

FROM node:22 AS web
COPY . /app
RUN npm ci && npm run build

# the final stage is built FROM the stage that compiled
# expect: MissingMultiStageBuild "built FROM stage"
FROM web
CMD ["npm", "start"]
