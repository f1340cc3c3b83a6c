# expect: FromPlatformFlagConstDisallowed:17 "FROM --platform flag should not use constant value "linux/amd64""
FROM --platform=linux/amd64 scratch
# expect: FromPlatformFlagConstDisallowed:17 "linux/arm/v7"
FROM --platform=linux/arm/v7 alpine:3.20 AS base
# quotes are removed first
# expect: FromPlatformFlagConstDisallowed "linux/arm64"
FROM --platform="linux/arm64" alpine:3.20 AS builder
