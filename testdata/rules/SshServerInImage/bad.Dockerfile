FROM debian:12
# expect: SshServerInImage:48 "Installing openssh-server puts an SSH server in the image"
RUN apt-get install -y --no-install-recommends openssh-server
# expect: SshServerInImage:8 "EXPOSE 22 advertises an SSH server"
EXPOSE 22
# expect: SshServerInImage:11 "EXPOSE 22/tcp"
EXPOSE 80 22/tcp
