# syntax=docker/dockerfile:1
FROM python:3.12
RUN pip install MySQL_python==1.2.2 && pip cache purge
RUN pip install MySQL_python==1.2.2 && rm -rf /root/.cache/pip
RUN pip install --no-cache-dir MySQL_python==1.2.2
RUN pip install MySQL_python==1.2.2 --no-cache-dir
RUN pip --no-cache-dir install MySQL_python==1.2.2
RUN pipenv install black
RUN --mount=type=cache,target=/root/.cache/pip pip install MySQL_python==1.2.2
RUN --mount=type=tmpfs,target=/root/.cache/pip pip install MySQL_python==1.2.2
RUN --mount=type=cache,target=/root/.cache pip install MySQL_python==1.2.2
RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python==1.2.2
RUN PIP_NO_CACHE_DIR=yes pip install MySQL_python==1.2.2
RUN export PIP_NO_CACHE_DIR=on && pip install MySQL_python==1.2.2
# expect: PackageCacheInLayer:5 as DL3042 "`pip install` leaves its cache (/root/.cache/pip) in this layer. Keep it out with a cache mount (`RUN --mount=type=cache,target=/root/.cache/pip`), or add `--no-cache-dir`."
RUN pip install MySQL_python==1.2.2
# expect: PackageCacheInLayer as DL3042 "`pip3 install`"
RUN pip3 install MySQL_python==1.2.2
# expect: PackageCacheInLayer as DL3042 "`pip2 install`"
RUN pip2 install MySQL_python==1.2.2
# expect: PackageCacheInLayer as DL3042 "`python -m pip install`"
RUN python -m pip install MySQL_python==1.2.2
# expect: PackageCacheInLayer as DL3042
RUN PIP_NO_CACHE_DIR=0 pip install MySQL_python==1.2.2
# expect: PackageCacheInLayer as DL3042
RUN export PIP_NO_CACHE_DIR=off && pip install MySQL_python==1.2.2
# the cache goes below the home of the user that runs pip
USER app
RUN --mount=type=cache,target=/home/app/.cache/pip pip install --user MySQL_python==1.2.2
# expect: PackageCacheInLayer as DL3042 "(/home/app/.cache/pip)"
RUN --mount=type=cache,target=/root/.cache/pip pip install --user MySQL_python==1.2.2
