# A symlink to a key outside the context is sent as a link: the key itself never reaches the image.
# dlint-test: link id_rsa -> /root/.ssh/id_rsa
# dlint-test: file app.sh = echo hi
FROM alpine:3.20
COPY . /app/
