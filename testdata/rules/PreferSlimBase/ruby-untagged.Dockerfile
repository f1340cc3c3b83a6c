# An untagged image means latest, which UnpinnedBaseImage reports; the variant is chosen with the tag, so
# PreferSlimBase waits for one instead of reporting the same line twice.
FROM ruby
CMD ["sh"]
