# dlint-test: dockerignore *
# dlint-test: dockerignore !src/
# dlint-test: dockerignore !go.mod
FROM golang:1.23
WORKDIR /src
# a ! pattern re-includes something below the source, so BuildKit's check (and dlint) stays silent
COPY . /src/
COPY src/ /src/src/
COPY go.mod /src/
# nothing re-includes vendor or below it: excluded by *
# expect: CopyIgnoredFile "vendor"
COPY vendor /src/vendor
