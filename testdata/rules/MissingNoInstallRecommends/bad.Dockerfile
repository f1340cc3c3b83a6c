FROM debian:12
# expect: MissingNoInstallRecommends:5 as DL3015 "`apt-get install` also installs the packages these recommend"
RUN apt-get install python
# expect: MissingNoInstallRecommends as DL3015
RUN apt-get -y install python
# expect: MissingNoInstallRecommends as DL3015 "`apt install`"
RUN apt install -y python
# expect: MissingNoInstallRecommends as DL3015 "Add `--without-recommends`"
RUN aptitude install -y python
