FROM python:3.12 AS deps
RUN pip wheel --no-cache-dir -w /wheels requests==2.32.3

# expect: PreferSlimBase "python:3.12 (about 375 MB compressed)"
FROM python:3.12
COPY --from=deps /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
CMD ["python", "-m", "http.server"]
