FROM scratch
# expect: SecretsUsedInArgOrEnv:5 "Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")"
ARG SECRET_PASSPHRASE
# expect: SecretsUsedInArgOrEnv:5 "(ENV "SUPER_Secret")"
ENV SUPER_Secret=foo
# one finding per key
# expect: SecretsUsedInArgOrEnv:5 "(ENV "password")"
# expect: SecretsUsedInArgOrEnv:18 "(ENV "secret")"
ENV password=bar secret=baz
# expect: SecretsUsedInArgOrEnv:5 "super_duper_secret_token"
# expect: SecretsUsedInArgOrEnv:34 "(ARG "auth")"
ARG super_duper_secret_token=foo auth=bar
# expect: SecretsUsedInArgOrEnv:5 "apikey"
ENV apikey=bar sunflower=foo
# expect: SecretsUsedInArgOrEnv:5 "git_key"
ENV git_key=
# expect: SecretsUsedInArgOrEnv "AWS_ACCESS_KEY_ID"
ARG AWS_ACCESS_KEY_ID
# expect: SecretsUsedInArgOrEnv "AWS_SECRET_ACCESS_KEY"
ARG AWS_SECRET_ACCESS_KEY
