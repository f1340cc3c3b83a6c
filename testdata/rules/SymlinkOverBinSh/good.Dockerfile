FROM debian:12
RUN ln -sf /bin/true /sbin/initctl
# /bin/sh as the link's source, and as an argument of other commands
RUN ln -s /bin/sh /usr/local/bin/posix-sh
RUN echo /bin/sh && chsh -s /bin/sh
SHELL ["/bin/bash", "-c"]
