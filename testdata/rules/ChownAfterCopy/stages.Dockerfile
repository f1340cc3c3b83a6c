FROM python:3.12-slim AS base
COPY . /srv/app

FROM base AS runtime
# expect: ChownAfterCopy "line 2"
RUN chown -R nobody /srv/app
