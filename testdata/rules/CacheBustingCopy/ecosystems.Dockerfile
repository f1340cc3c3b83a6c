FROM python:3.12-slim AS py
# expect: CacheBustingCopy "requirements/prod.txt"
COPY . /app
RUN pip install --no-cache-dir -r /app/requirements/prod.txt

FROM golang:1.23 AS go
WORKDIR /src
# expect: CacheBustingCopy "go.mod and go.sum"
COPY ./ ./
RUN go mod download && go build ./...

FROM ruby:3.3 AS ruby
# expect: CacheBustingCopy "Gemfile and Gemfile.lock"
ADD . /srv
RUN bundle install

FROM rust:1.82 AS rust
# expect: CacheBustingCopy "Cargo.toml and Cargo.lock"
COPY src/ /build/src/
RUN cargo fetch

FROM composer:2 AS php
# expect: CacheBustingCopy "composer.json and composer.lock"
COPY * /app/
RUN composer install --no-dev

FROM maven:3.9-eclipse-temurin-21 AS java
# expect: CacheBustingCopy "pom.xml"
COPY . /src
RUN mvn -B dependency:go-offline

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS dotnet
# expect: CacheBustingCopy "*.csproj"
COPY . .
RUN dotnet restore

FROM python:3.12-slim AS poetry
# expect: CacheBustingCopy "pyproject.toml and poetry.lock"
COPY . .
RUN poetry install --no-root

FROM node:22 AS yarn
# expect: CacheBustingCopy "yarn.lock"
COPY . .
RUN yarn install --frozen-lockfile
