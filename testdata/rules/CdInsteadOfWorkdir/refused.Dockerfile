FROM debian:12
# not the first command
# expect: CdInsteadOfWorkdir
RUN make && cd /out && ls
# a semicolon: the next command runs even where cd failed
# expect: CdInsteadOfWorkdir
RUN cd /app; make
# a relative directory, and a variable
# expect: CdInsteadOfWorkdir
RUN cd app && make
# expect: CdInsteadOfWorkdir
RUN cd $HOME/app && make
# nothing after the cd
# expect: CdInsteadOfWorkdir
RUN cd /app
