# expect: FromAsCasing:16 "'as' and 'FROM' keywords' casing do not match: write AS"
FROM debian:12 as builder
# expect: FromAsCasing:16 "'AS' and 'from' keywords' casing do not match: write as"
from debian:12 AS base
# expect: FromAsCasing:18 "'As'"
FROM alpine:3.20 As other
