# expect: PreferSlimBase "docker.io/library/python:3.11-slim"
FROM docker.io/library/python:3.11
CMD ["sh"]
