# The .dockerignore keeps the secrets out of the context: nothing is sent, nothing is reported.
# dlint-test: dockerignore .env*
# dlint-test: dockerignore **/*.key
# dlint-test: file .env = DB_PASSWORD=correct-horse-battery-staple\n
# dlint-test: file certs/server.key = \x2d----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n
# dlint-test: file app.py = print("hi")\n
FROM python:3.12-slim
COPY . /app
