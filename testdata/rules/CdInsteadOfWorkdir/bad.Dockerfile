FROM debian:12
# expect: CdInsteadOfWorkdir:5 as DL3003 "`cd /opt` changes the directory for the rest of this RUN"
RUN cd /opt
# one finding per RUN, at the first cd, on its own line
# expect: CdInsteadOfWorkdir@+1:5 "`cd /srv/app` changes the directory for the rest of this RUN (and 1 more cd in this RUN)"
RUN mkdir -p /srv/app \
 && cd /srv/app && make \
 && cd /srv/docs && make
# a variable target
# expect: CdInsteadOfWorkdir:11 "`cd $APP_HOME`"
RUN make; cd $APP_HOME; ls
