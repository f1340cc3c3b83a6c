# Each image family spells its slim tags its own way.
FROM node:22-bookworm AS node
FROM python:3.12-bookworm AS py
FROM debian:bookworm AS os
FROM ruby AS rb
# expect: PreferSlimBase "node:22-bookworm-slim (about 75 MB)"
FROM node:22-bookworm
COPY --from=py /usr/local/bin/python3 /usr/local/bin/
