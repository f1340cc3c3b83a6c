# expect: PreferSlimBase "ruby:slim"
FROM ruby
CMD ["sh"]
