FROM python:3.12.8-slim
RUN pip install --no-cache-dir flask==3.0.3
