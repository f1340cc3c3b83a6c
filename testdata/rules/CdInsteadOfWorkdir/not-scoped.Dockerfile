FROM debian:12
# a cd that is not undone by the next cd
# expect: CdInsteadOfWorkdir:5 "`cd /srv/app` changes the directory"
RUN cd /srv/app && make && cd /srv/docs && make
# going up fewer levels than the cd went down
# expect: CdInsteadOfWorkdir:5 "`cd src/app`"
RUN cd src/app && make && cd .. && make test
# a directory beside the mount, not below it
# expect: CdInsteadOfWorkdir:44 "`cd /root/cache-build`"
RUN --mount=type=cache,target=/root/.cache cd /root/cache-build && make
# a variable ARG sets is a path WORKDIR can name
ARG APP_DIR=/srv/app
# expect: CdInsteadOfWorkdir:5 "`cd $APP_DIR`"
RUN cd "$APP_DIR" && make
# a relative cd into a directory the RUN does not remove (nor one above it)
# expect: CdInsteadOfWorkdir:30 "`cd taskd`"
RUN tar xzf /taskd.tar.gz && cd taskd && ./configure && make install && rm -rf taskd-other
