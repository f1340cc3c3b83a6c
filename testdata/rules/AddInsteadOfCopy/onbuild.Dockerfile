FROM alpine:3.20
# expect: AddInsteadOfCopy:9 "ADD of app.py"
ONBUILD ADD app.py /app/
ONBUILD ADD app.tar.gz /app/
