FROM alpine:3.20
# safe: directories and files whose format is not tar
# expect: AddInsteadOfCopy
ADD . /src/
# expect: AddInsteadOfCopy
ADD --chown=app:app --chmod=644 conf/ settings.yaml /etc/app/
# expect: AddInsteadOfCopy
ADD *.sh /usr/local/bin/
# expect: AddInsteadOfCopy
add ["app.jar", "/opt/app/"]
# unsafe: a file without an extension, a glob of anything
# expect: AddInsteadOfCopy
ADD entrypoint /entrypoint
# expect: AddInsteadOfCopy
ADD assets/* /srv/assets/
