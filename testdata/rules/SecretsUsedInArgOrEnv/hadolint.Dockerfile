FROM postgres:16
# hadolint's DL3064 also flags names with the secret word glued to others; BuildKit's pattern does not
# expect: SecretsUsedInArgOrEnv:5 "hadolint DL3064 flags this name"
ENV PGPASSWORD=postgres
# expect: SecretsUsedInArgOrEnv:5 "githubToken"
ARG githubToken
