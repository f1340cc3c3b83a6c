# The SSH server is the image's service (a bastion, a git-over-SSH server): removing it is not a fix.
FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server \
 && rm -rf /var/lib/apt/lists/* && mkdir /run/sshd
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D", "-e"]
