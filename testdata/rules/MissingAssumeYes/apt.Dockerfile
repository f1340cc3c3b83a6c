FROM debian:12
# expect: MissingAssumeYes:5 as DL3014 "`apt-get install` asks for confirmation, and a build cannot answer: it aborts as soon as there is something to confirm. Add `-y`."
RUN apt-get install python
# expect: MissingAssumeYes as DL3014
RUN apt-get install -q python
# expect: MissingAssumeYes as DL3014
RUN apt-get install --quiet python
RUN apt-get install -yq python
RUN apt-get -y install python
RUN apt-get install python -y
RUN apt-get install --yes python
RUN apt-get install --assume-yes python
RUN apt-get install -qq python
RUN apt-get install -q -q python
RUN apt-get install -q=2 python
RUN apt-get install --quiet --quiet python
RUN apt-get -o APT::Get::Assume-Yes=true install python
RUN yes | apt-get install python
# a simulation asks nothing
RUN apt-get install -s python
RUN apt-get update
# removals and upgrades ask too
# expect: MissingAssumeYes as DL3014 "`apt-get purge`"
RUN apt-get purge python3
# expect: MissingAssumeYes as DL3014 "`apt-get upgrade`"
RUN apt-get upgrade
# expect: MissingAssumeYes as DL3014 "`apt install`"
RUN apt install python3
