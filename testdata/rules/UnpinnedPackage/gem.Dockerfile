FROM ruby:3.3
# expect: UnpinnedPackage:11 as DL3028 "Pin it: `bundler:<version>`."
RUN gem i bundler
# expect: UnpinnedPackage:21 as DL3028 "`nokogiri`"
RUN gem i bunlder:1 nokogiri
RUN gem install bundler:1
RUN gem install bundler -v '2.0.1'
RUN gem install bundler --version '2.0.1'
RUN gem install bundler --version='2.0.1'
RUN gem install bundler:2.0.1 -- --use-system-libraries=true
RUN gem install bundler:2.0.1 -- --use-system-libraries true
RUN gem install bundler:2.0.1 --use-system-libraries true
