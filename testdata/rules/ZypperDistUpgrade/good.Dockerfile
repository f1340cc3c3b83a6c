FROM opensuse/leap:15.6
RUN zypper -n update
RUN zypper -n patch
RUN zypper -n install curl=8.6.0
