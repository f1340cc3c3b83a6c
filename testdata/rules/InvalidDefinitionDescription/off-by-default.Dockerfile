# a non-descriptive comment
FROM scratch AS base
