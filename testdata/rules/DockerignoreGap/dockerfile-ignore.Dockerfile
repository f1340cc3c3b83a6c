# Dockerfile.dockerignore beside the Dockerfile takes precedence over .dockerignore, as in BuildKit.
# dlint-test: dockerignore **/__pycache__
# dlint-test: dockerfile-dockerignore .git
# dlint-test: file app/__pycache__/main.cpython-312.pyc 5kB
# dlint-test: file app/main.py = print("hi")\n
FROM python:3.12-slim
# expect: DockerignoreGap "Dockerfile.dockerignore does not exclude it"
COPY app/ /app/
