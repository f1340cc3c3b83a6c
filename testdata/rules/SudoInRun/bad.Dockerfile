FROM debian:12
# expect: SudoInRun:5 as DL3004 "`sudo` in a RUN"
RUN sudo apt-get update
# expect: SudoInRun:23 "`sudo` in a RUN"
RUN apt-get update && sudo apt-get install -y curl
# expect: SudoInRun@+1:5 "`sudo -u` in a RUN to run a command as another user"
RUN npm config get prefix \
 && sudo -u node npm install -g typescript
# expect: SudoInRun:5
RUN sudo -E bash -c "make install"
