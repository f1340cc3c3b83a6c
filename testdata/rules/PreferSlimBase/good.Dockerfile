# Slim and Alpine variants, a builder stage on a full image, and images other than the official ones.
FROM python:3.12 AS build
RUN pip wheel -w /wheels requests

FROM python:3.12-slim
COPY --from=build /wheels /wheels
