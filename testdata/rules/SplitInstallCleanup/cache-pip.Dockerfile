FROM python:3.12 AS pip
RUN pip install requests
# expect: SplitInstallCleanup "pip's download cache"
RUN pip cache purge
