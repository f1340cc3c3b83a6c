FROM node:20
RUN npm install -g typescript@5.4.5 && npm cache clean --force
RUN go install example.com/tool@v1.2.3 && go clean -cache -modcache
RUN uv pip install --system --no-cache flask==3.0.0
# gosu and sudo -u run the command as another user, whose home holds the cache
RUN --mount=type=cache,target=/home/node/.npm gosu node npm install -g typescript@5.4.5
RUN --mount=type=cache,target=/home/node/.npm sudo -u node npm install -g typescript@5.4.5
# managers hadolint does not check carry no DL code
# expect: PackageCacheInLayer "`npm install` leaves its cache (/root/.npm/_cacache)"
RUN npm install -g typescript@5.4.5
# expect: PackageCacheInLayer "`gem install` leaves its cache"
RUN gem install bundler:2.5.0
# expect: PackageCacheInLayer "`go install`"
RUN go install example.com/tool@v1.2.3
# expect: PackageCacheInLayer "`uv pip install`"
RUN uv pip install --system flask==3.0.0
