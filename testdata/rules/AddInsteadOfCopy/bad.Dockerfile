FROM alpine:3.20
# expect: AddInsteadOfCopy:1 "ADD of file from the build context"
ADD file /usr/src/app/
# a zip is not extracted by ADD
# expect: AddInsteadOfCopy "ADD of file.zip"
ADD file.zip /usr/src/app/
# expect: AddInsteadOfCopy "ADD of file.zip"
ADD "file.zip" /usr/src/app/
# expect: AddInsteadOfCopy "ADD of ., conf/"
ADD --chown=app:app . conf/ /srv/
# expect: AddInsteadOfCopy:1 "ADD of run.sh"
add ["run.sh", "/usr/local/bin/"]
ARG CONFIG=app.conf
# a source from an ARG is checked with its value
# expect: AddInsteadOfCopy "ADD of app.conf"
ADD ${CONFIG} /etc/app/
