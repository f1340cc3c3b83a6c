# A source tree copied whole takes its bytecode cache along; excluding the cache is safe.
# dlint-test: dockerignore .git
# dlint-test: file app/__pycache__/main.cpython-312.pyc 5kB
# dlint-test: file app/main.py = print("hi")\n
# dlint-test: file .DS_Store 6kB
FROM python:3.12-slim
# expect: DockerignoreGap "`app/__pycache__`: 1 file, 5.0 kB, Python bytecode cache"
COPY app/ /app/
CMD ["python", "/app/main.py"]
