# expect: MissingMultiStageBuild "mcr.microsoft.com/dotnet/aspnet"
FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
ENTRYPOINT ["dotnet", "/app/web.dll"]
