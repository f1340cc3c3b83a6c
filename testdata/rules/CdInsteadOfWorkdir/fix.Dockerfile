FROM debian:12
# expect: CdInsteadOfWorkdir
RUN cd /app && make install
# expect: CdInsteadOfWorkdir
RUN --mount=type=cache,target=/root/.npm cd /srv/web \
 && npm ci \
 && npm run build
