# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM debian:12
# expect: MissingNoInstallRecommends
RUN apt-get update && apt-get install -y curl=7.88.1-10 \
 && rm -rf /var/lib/apt/lists/*
# expect: MissingNoInstallRecommends
RUN aptitude install -y python
