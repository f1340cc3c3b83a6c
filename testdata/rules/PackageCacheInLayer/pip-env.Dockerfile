FROM python:3.12
ENV PIP_NO_CACHE_DIR=1
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=on
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=yes
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=true
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=TRUE
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=0
# expect: PackageCacheInLayer as DL3042
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=off
# expect: PackageCacheInLayer as DL3042
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=no
# expect: PackageCacheInLayer as DL3042
RUN pip install MySQL_python==1.2.2
ENV PIP_NO_CACHE_DIR=false
# expect: PackageCacheInLayer as DL3042
RUN pip install MySQL_python==1.2.2
