FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends make

FROM debian:12-slim
# expect: CopyWholeFilesystem:19 "COPY --from=build / / copies the whole filesystem of build"
COPY --from=build / /
# expect: CopyWholeFilesystem:19
COPY --from=build "/" "/"
# expect: CopyWholeFilesystem:24 "of nginx:1.27"
COPY --from=nginx:1.27 /. /

FROM scratch
COPY --from=build /etc/passwd /etc/passwd
# something was already written into this scratch stage
# expect: CopyWholeFilesystem
COPY --from=build / /
