# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
# expect: MaintainerDeprecated
MAINTAINER Ops Team "ops" C:\team $TEAM
