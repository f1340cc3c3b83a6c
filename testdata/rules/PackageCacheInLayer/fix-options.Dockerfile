# dlint-test: fixes safe
FROM python:3.12-alpine
# expect: PackageCacheInLayer
RUN apk add curl=8.9.1-r0
# expect: PackageCacheInLayer
RUN apk --quiet add curl=8.9.1-r0 \
 && apk upgrade
# expect: PackageCacheInLayer
RUN pip install flask==3.0.0 && python -m pip install gunicorn==22.0.0
# apk update only fetches the index: the fix deletes it at the end of the RUN
# expect: PackageCacheInLayer
RUN apk update && apk add --no-cache git=2.45.2-r0
