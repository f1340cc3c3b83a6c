FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=1
FROM base
# ENV of the stage this one is built FROM
RUN pip install MySQL_python==1.2.2
