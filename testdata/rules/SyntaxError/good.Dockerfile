# syntax=docker/dockerfile:1
FROM alpine:3.20 AS build
COPY --from=build /out /app
RUN --mount=type=cache,target=/root/.cache echo hi
CMD ["a", "b"]
RUN <<EOF
echo ok
EOF
HEALTHCHECK NONE
