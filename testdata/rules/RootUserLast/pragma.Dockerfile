FROM ubuntu:24.04
# hadolint ignore=DL3002
USER root
