# A ! pattern sends a key that an earlier line excludes: the finding points at that line too.
# dlint-test: dockerignore **/*.key
# dlint-test: dockerignore !deploy/app.key
# dlint-test: file deploy/app.key = \x2d----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n
# dlint-test: file deploy/other.key = \x2d----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n
FROM alpine:3.20
# expect: SecretInBuildContext "`deploy/app.key` (private key, a PEM private key on line 1)"
COPY deploy/ /etc/deploy/
