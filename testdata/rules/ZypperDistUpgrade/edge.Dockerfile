FROM opensuse/tumbleweed
# behind a wrapper and inside sh -c: the finding points at zypper itself
# expect: ZypperDistUpgrade:10 as DL3035
RUN sudo zypper dup -y
# expect: ZypperDistUpgrade:12
RUN sh -c 'zypper --non-interactive dist-upgrade'
# the trigger runs in the images built FROM this one
# expect: ZypperDistUpgrade:13
ONBUILD RUN zypper dup -y
# continuation lines: the command on its own line
# expect: ZypperDistUpgrade@+1:5
RUN zypper -n refresh \
 && zypper -n dup
# not zypper running dist-upgrade: text, another tool, a package named like the subcommand
RUN echo "zypper dup" > /notes
RUN notzypper dup
RUN zypper -n install dup
RUN zypper -n update && zypper -n patch
