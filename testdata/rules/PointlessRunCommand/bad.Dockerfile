FROM debian:12
# expect: PointlessRunCommand:5 as DL3001 "`top` shows the build container's processes"
RUN top
# the command is found on its own line of a continued RUN, and through sudo
# expect: PointlessRunCommand@+1:10 "`vim` waits for a terminal"
RUN apt-get update \
 && sudo vim /etc/hosts
# expect: PointlessRunCommand:5 "`ps`"
RUN ps aux
# expect: PointlessRunCommand:5 "`free`"
RUN free -m
# expect: PointlessRunCommand:5 "`mount` needs privileges"
RUN mount -t tmpfs none /mnt
# expect: PointlessRunCommand:5 "`shutdown`"
RUN shutdown -h now
# expect: PointlessRunCommand:5 "`ssh` needs keys"
RUN ssh build@example.com uptime
# expect: PointlessRunCommand:5 "`kill`"
RUN kill -9 1
# a service started and nothing after it in the RUN
# expect: PointlessRunCommand:5 "`service` starts a service that stops when the RUN ends"
RUN service nginx start
