# requirements.txt and the file it includes are copied before pip; the system packages RUN in between reads nothing.
# dlint-test: file requirements.txt = -r requirements-base.txt\nflask==3.0.3\n
# dlint-test: file requirements-base.txt = gunicorn==22.0.0\n
# dlint-test: file app.py = print("hi")
FROM python:3.12-slim
# expect: CacheBustingCopy
COPY . /app
RUN apt-get update && apt-get install -y --no-install-recommends libpq5=15.8-0+deb12u1 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir -r /app/requirements.txt
WORKDIR /app
CMD ["python", "app.py"]
