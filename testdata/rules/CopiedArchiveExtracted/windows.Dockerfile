# escape=`
# Windows-style paths (RUNs under cmd or PowerShell are not read; this image's shell is POSIX).
# A destination with a space needs the JSON form: BuildKit splits shell-form COPY arguments at spaces, quotes or not.
FROM example.com/build-tools:2024
# expect: CopiedArchiveExtracted:7 "bar.tar.gz is copied"
COPY ["build\\foo\\bar.tar.gz", "C:\\Program Files\\Foo"]
RUN tar -xzf "C:\Program Files\Foo\bar.tar.gz"
