# expect: PreferSlimBase "python:3.12-slim-bookworm"
FROM python:3.12-bookworm
CMD ["sh"]
