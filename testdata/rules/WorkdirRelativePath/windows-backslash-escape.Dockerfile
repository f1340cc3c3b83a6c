FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
# with the default escape character, BuildKit reads C:\app as C:app, which is relative
# expect: WorkdirRelativePath "C:app"
WORKDIR C:\app
