# Windows containers run as accounts, which have no numeric uid
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
USER ContainerUser
