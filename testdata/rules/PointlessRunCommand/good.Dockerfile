# syntax=docker/dockerfile:1
FROM debian:12
# the names are arguments here, not commands
RUN apt-get install -y ssh vim procps
# a service started for the commands after it in the same RUN
RUN service postgresql start && psql -c "CREATE DATABASE app" && service postgresql stop
# a process the RUN started in the background
RUN ./server & sleep 2 && ./smoke-test && kill %1
# ssh through the build's forwarded agent
RUN --mount=type=ssh ssh -o StrictHostKeyChecking=accept-new -T git@github.com || true
CMD ["top"]
