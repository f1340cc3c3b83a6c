FROM node:22-alpine AS a
FROM ubuntu:24.04 AS b
FROM myorg/python:3.12 AS c
FROM ghcr.io/acme/node:22
CMD ["node"]
