# dlint-test: fixes safe
FROM alpine:3.20
WORKDIR /app
# safe: . is the working directory, always a directory
# expect: CopyDestinationNotDirectory
COPY package.json package-lock.json .
# expect: CopyDestinationNotDirectory
COPY a b ..
# unsafe: /opt/app may not exist yet
# expect: CopyDestinationNotDirectory
COPY a.jar b.jar /opt/app
# expect: CopyDestinationNotDirectory
COPY a b "/srv/data"
# expect: CopyDestinationNotDirectory
COPY ["a", "b", "/x"]
# expect: CopyDestinationNotDirectory
ONBUILD COPY a b .
