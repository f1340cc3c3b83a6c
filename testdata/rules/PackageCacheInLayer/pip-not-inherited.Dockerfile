FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=1
RUN pip install MySQL_python==1.2.2
FROM python:3.12
# the ENV of an unrelated stage does not apply
# expect: PackageCacheInLayer as DL3042
RUN pip install MySQL_python==1.2.2
COPY --from=base /usr/local/lib/python3.12 /usr/local/lib/python3.12
