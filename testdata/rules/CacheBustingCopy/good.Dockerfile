FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM golang:1.23 AS go
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/app ./cmd/app

FROM python:3.12-slim AS runtime
# a narrow copy of specific files
COPY requirements.txt /app/
RUN pip install -r /app/requirements.txt
# copies from another stage are not the build context
COPY --from=build /app/dist /app/dist
RUN npm install --omit=dev
# installing a named package from a URL copy is not a context copy
ADD https://example.com/tool.tar.gz /tmp/
RUN apt-get update && apt-get install -y --no-install-recommends tar && rm -rf /var/lib/apt/lists/*
