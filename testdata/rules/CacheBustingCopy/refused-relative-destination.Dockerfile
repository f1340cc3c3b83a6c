# A WORKDIR between the COPY and the install changes where the relative destination `.` is: no fix.
# dlint-test: file requirements.txt = flask==3.0.3\n
FROM python:3.12-slim
WORKDIR /app
# expect: CacheBustingCopy
COPY . .
WORKDIR /app/sub
RUN pip install -r ../requirements.txt
