FROM alpine:3.20
# BuildKit rejects these addresses or ports, so removing them would turn a failing build into a passing one: no fix
# expect: ExposeInvalidFormat
EXPOSE 999.1.1.1:80:80
# expect: ExposeInvalidFormat
EXPOSE 70000:80
# expect: ExposeInvalidFormat
EXPOSE 8000-8001:9000-9005
ARG MAPPING=8080:80
# expect: ExposeInvalidFormat:8 "8080:80"
EXPOSE $MAPPING
