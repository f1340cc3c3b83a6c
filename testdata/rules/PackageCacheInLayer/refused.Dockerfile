FROM ruby:3.3
# gem and bundler keep their cache in one of several places: no cleanup command, no single mount
# expect: PackageCacheInLayer
RUN gem install bundler:2.5.0
# expect: PackageCacheInLayer
RUN bundle install
