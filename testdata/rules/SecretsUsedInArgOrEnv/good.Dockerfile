FROM scratch
ENV PUBLIC_KEY=
ARG public_token
ARG foobar
ENV foobar=barfoo
ENV PASSWORD_FILE=/run/secrets/password
ENV KEY_VERSION=2
# neither a secret nor a glued secret word
ENV TOKENIZERS_PARALLELISM=false
ENV GOPRIVATE=github.com/example
ENV MONKEY=banana
# public key fingerprints and file names are not secrets
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
ENV NODE_GPG_KEYS="4ED778F539E3634C779C87C6D7062848A1AB005C"
ENV RESET_PASSWORD=reset-password.sh
ENV TLS_KEY=/etc/tls/server.key

# the Key leaf of an ASP.NET configuration path holding a field name is not a key
FROM mcr.microsoft.com/dotnet/aspnet:8.0
ENV DefaultProcess__Filters__0__Key=ProcessId
