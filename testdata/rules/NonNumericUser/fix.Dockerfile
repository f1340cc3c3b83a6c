FROM ubuntu:24.04
RUN groupadd -g 10001 appgroup \
 && useradd -u 10001 -g appgroup -m -s /bin/bash appuser
COPY --chown=appuser:appgroup . /app
WORKDIR /app
# expect: NonNumericUser:6 "The Dockerfile creates appuser with uid 10001: write USER 10001:10001."
USER appuser:appgroup
CMD ["sleep", "60"]
