# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
WORKDIR C:\app
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS backslash
WORKDIR \app
