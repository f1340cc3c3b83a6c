FROM python:3.12.8-slim
# expect: PackageCacheInLayer as DL3042
RUN pip install flask==3.0.3
