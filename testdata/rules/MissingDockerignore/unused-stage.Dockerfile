# A stage the build does not run sends nothing.
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
FROM alpine:3.20 AS unused
COPY . /src

FROM alpine:3.20
CMD ["true"]
