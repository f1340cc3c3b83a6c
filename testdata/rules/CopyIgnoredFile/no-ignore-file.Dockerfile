# without a .dockerignore nothing is excluded
FROM scratch
COPY Dockerfile .
