FROM debian:12 AS build
RUN make install DESTDIR=/out

FROM debian:12-slim
COPY / /
COPY --from=build /app /
COPY --from=build / /app
COPY --from=build /out/ /usr/local/

# flattening an image into one layer
FROM scratch
ENV PATH=/usr/local/bin:/usr/bin:/bin
COPY --from=build / /
CMD ["/usr/local/bin/app"]

# sources that hold only files: a stage built on scratch, tonistiigi/xx's helpers
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx
FROM scratch AS binaries
COPY --from=build /out/app /app
FROM binaries AS more-binaries
FROM golang:1.22-alpine AS gobase
COPY --from=xx / /
COPY --link --from=binaries / /
COPY --from=more-binaries / /
COPY --from=tonistiigi/xx:1.4.0 / /
