# dlint-test: target other
FROM debian:12-slim AS base
RUN apt-get update

# an unrelated stage does not inherit the layers of another
FROM debian:12-slim AS other
RUN rm -rf /var/lib/apt/lists/*
