# Two installs in two RUNs: each pass moves the whole-context COPY past one of them.
# dlint-test: file package.json = {"name": "web"}
# dlint-test: file yarn.lock
# dlint-test: file Gemfile = source "https://rubygems.org"\ngem "rails"\n
# dlint-test: file Gemfile.lock
# dlint-test: file app/main.rb
FROM ruby:3.3
WORKDIR /srv
# expect: CacheBustingCopy
COPY . ./
RUN bundle install
RUN yarn install --frozen-lockfile
CMD ["bin/rails", "server"]
