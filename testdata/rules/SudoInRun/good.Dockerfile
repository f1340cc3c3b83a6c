FROM debian:12
# sudo is a package name here, and a word in a file
RUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app
USER root
RUN apt-get update
USER app
