# A secret found by its content in a file whose name says nothing; AWS's documentation key id is not one.
# dlint-test: file config/settings.yaml = region: eu-west-1\naws_access_key_id: AKIAQWERTYUIOPASDFGH\n
# dlint-test: file docs/aws.md = Use a key such as AKIAIOSFODNN7EXAMPLE in examples.\n
FROM alpine:3.20
# expect: SecretInBuildContext "`config/settings.yaml` (an AWS access key id on line 2)"
COPY config/ docs/ /etc/app/
