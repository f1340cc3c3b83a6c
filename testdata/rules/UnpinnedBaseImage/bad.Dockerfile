# expect: UnpinnedBaseImage:6 "has no tag"
FROM ubuntu
RUN true

# expect: UnpinnedBaseImage:11 "moving tag 'latest'"
FROM node:latest AS web

# the port belongs to the registry, not a tag
# expect: UnpinnedBaseImage:21 "localhost:5000/team/app:latest"
FROM localhost:5000/team/app

# expect: UnpinnedBaseImage:41 "moving tag 'latest'"
FROM registry.example.com:5000/team/app:latest

# expect: UnpinnedBaseImage:16 "it means python:latest"
FROM docker.io/library/python
