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
