FROM scratch
COPY app /app
