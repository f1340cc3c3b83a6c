# hadolint ignore=DL3006
FROM ubuntu
# dlint ignore=UnpinnedBaseImage -- the nightly job wants the newest image
FROM node:latest
# expect: UnpinnedBaseImage
FROM debian
