FROM python:3.12
# pip uninstall asks too; hadolint has no code for it
# expect: MissingAssumeYes "`pip uninstall`"
RUN pip uninstall setuptools
RUN pip uninstall -y setuptools
RUN pip install flask==3.0.0
