FROM scratch AS a
ENTRYPOINT ["/myapp"]
CMD ["/myapp"]
HEALTHCHECK CMD ["/myapp"]

# a stage built FROM another starts afresh
FROM a AS b
ENTRYPOINT ["/myotherapp"]
CMD ["/myotherapp"]
HEALTHCHECK CMD ["/myotherapp"]

# a HEALTHCHECK's CMD is not a CMD instruction
FROM python:3.12-alpine
HEALTHCHECK --interval=1s --timeout=3s \
  CMD curl -f http://localhost:8080 || exit 1
CMD ["python", "-m", "http.server", "8080"]
