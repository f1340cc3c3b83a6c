# dlint-test: fixes safe
FROM fedora:40
# expect: PackageCacheInLayer
RUN dnf install -y mariadb-10.4
# expect: PackageCacheInLayer
RUN yum install -y mariadb-10.4
# expect: PackageCacheInLayer
RUN microdnf install -y mariadb-10.4
# expect: PackageCacheInLayer
RUN npm install -g typescript@5.4.5
# expect: PackageCacheInLayer
RUN go install example.com/tool@v1.2.3
