# a reference BuildKit cannot expand fails the build with its own error, so it is not reported here
FROM mcr.microsoft.com/devcontainers/dotnet:0-${templateOption:imageVariant}
