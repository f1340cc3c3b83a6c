# syntax=docker/dockerfile:1
FROM debian:12
RUN --mount=type=secret,id=db,env=DB_PASSWORD mysql -uroot -p"$DB_PASSWORD" -e "SELECT 1"
RUN mysql -uroot -p"$(cat /run/secrets/db)" -e "SELECT 1"
RUN --mount=type=secret,id=reg docker login -u me --password-stdin registry.example.com < /run/secrets/reg
RUN git clone https://github.com/org/app.git && git clone https://git@git.example.com/app.git
# a variable the RUN sets itself, and a prompt
RUN pw="$(cat /run/secrets/db)" && ./tool --password "$pw" && mysql -uroot -p -e "SELECT 1"
RUN createuser --no-password app
