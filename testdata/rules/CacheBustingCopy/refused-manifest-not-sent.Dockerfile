# The requirements file is excluded by the .dockerignore, so a COPY naming it would fail: no fix.
# dlint-test: dockerignore requirements*.txt
# dlint-test: file requirements.txt = flask==3.0.3\n
# dlint-test: file app.py
FROM python:3.12-slim
WORKDIR /app
# expect: CacheBustingCopy
COPY . .
RUN pip install -r requirements.txt
