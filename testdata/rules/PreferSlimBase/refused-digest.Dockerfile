# A new tag needs a new digest: no automatic fix.
# expect: PreferSlimBase "pinned by digest"
FROM python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
CMD ["python"]
