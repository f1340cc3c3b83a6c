FROM debian:12
# the command sits in a string whose text is not the source's (escaped quotes): no place to insert -y
# expect: MissingAssumeYes
RUN sh -c "apt-get install \"python3\""
