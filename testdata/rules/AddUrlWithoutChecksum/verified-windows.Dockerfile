# escape=`
# A download checked by PowerShell's Get-FileHash against a pinned digest in the next RUN.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
ARG BUSYBOX_SHA256SUM=8263abc2aee6b6f3b3c41aa704bee98987bf7b1ea9bce833f75c7bce89ec1602
ADD https://github.com/moby/busybox/releases/download/FRP-5467-g9376eebd8/busybox-w64-FRP-5467-g9376eebd8.exe /bin/busybox.exe
RUN powershell if ((Get-FileHash -Path /bin/busybox.exe -Algorithm SHA256).Hash -ne $Env:BUSYBOX_SHA256SUM) { Throw 'Checksum validation failed' }
