FROM python:3.12 AS pip
RUN pip install requests
# expect: SplitInstallCleanup "pip cache (~/.cache/pip)"
RUN pip cache purge
