FROM scratch
# expect: WorkdirRelativePath:9 "can have unexpected results if the base image changes"
WORKDIR app/
FROM nginx:1.27 AS web
# expect: WorkdirRelativePath:9 "usr/share/nginx/html"
WORKDIR usr/share/nginx/html
COPY public .
# quotes and variables are resolved first
FROM alpine:3.20 AS quoted
ENV APP=app
# expect: WorkdirRelativePath "app/src"
WORKDIR "${APP}/src"
