FROM debian:12
# expect: SignatureCheckDisabled:29 "`--allow-unauthenticated` turns off package signature checks"
RUN apt-get install -y curl --allow-unauthenticated
# expect: SignatureCheckDisabled:24 "`--force-yes`"
RUN apt-get install -y --force-yes curl
# expect: SignatureCheckDisabled:27 "`-o APT::Get::AllowUnauthenticated=true`"
RUN apt-get install -y -o APT::Get::AllowUnauthenticated=true curl
# expect: SignatureCheckDisabled:20 "`--allow-insecure-repositories`"
RUN apt-get update --allow-insecure-repositories
# expect: SignatureCheckDisabled:27 "`[trusted=yes]`"
RUN echo "deb [arch=amd64 trusted=yes] http://apt.example.com stable main" > /etc/apt/sources.list.d/x.list
FROM fedora:40
# expect: SignatureCheckDisabled:20 "`--nogpgcheck`"
RUN dnf install -y --nogpgcheck https://example.com/tool.rpm
# expect: SignatureCheckDisabled:12 "`--nosignature`"
RUN rpm -i --nosignature /tmp/tool.rpm
# expect: SignatureCheckDisabled:17 "`--setopt=gpgcheck=0`"
RUN microdnf -y --setopt=gpgcheck=0 install tool
# expect: SignatureCheckDisabled:12 "`--no-gpg-checks`"
RUN zypper --no-gpg-checks install -y tool
FROM alpine:3.20
# a package fetched in the same RUN
# expect: SignatureCheckDisabled@+1:24 "`--allow-untrusted`"
RUN wget -q https://example.com/glibc.apk \
 && apk add --no-cache --allow-untrusted glibc.apk
# a repository over plain HTTP
# expect: SignatureCheckDisabled:85
RUN apk add runit --repository http://dl-cdn.alpinelinux.org/alpine/edge/community/ --allow-untrusted
