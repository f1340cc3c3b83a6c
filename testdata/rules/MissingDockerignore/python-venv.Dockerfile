# A Python app with a local virtual environment and bytecode caches. The cache is safe to exclude, the
# virtual environment is left for review (pip installs the packages again, but the image could run with it).
# dlint-test: file .venv/lib/python3.12/site-packages/requests/__init__.py 30kB
# dlint-test: file __pycache__/app.cpython-312.pyc 4kB
# dlint-test: file requirements.txt = requests==2.32.3\n
# dlint-test: file app.py = print("hi")\n
FROM python:3.12-slim
WORKDIR /app
# expect: MissingDockerignore "Create a .dockerignore in the build context with `__pycache__`. Then review `.venv`"
COPY . /app
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
