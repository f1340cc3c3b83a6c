FROM rockylinux:9 AS yum
RUN yum install -y httpd
# expect: SplitInstallCleanup "yum clean"
RUN yum clean all

FROM alpine:3.20 AS apk
RUN apk update && apk add curl
# expect: SplitInstallCleanup "apk cache"
RUN apk cache clean

FROM python:3.12 AS pip
RUN pip install requests
# expect: SplitInstallCleanup "pip's download cache"
RUN pip cache purge

FROM node:22 AS npm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# expect: SplitInstallCleanup "npm's cache"
RUN npm cache clean --force
