# expect: PreferSlimBase "debian:bookworm-slim"
FROM debian:bookworm
CMD ["sh"]
