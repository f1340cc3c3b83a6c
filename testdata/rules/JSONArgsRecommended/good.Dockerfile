FROM scratch
CMD ["mycommand"]
ENTRYPOINT ["my-program", "start"]
HEALTHCHECK CMD ["/healthcheck.sh"]
HEALTHCHECK NONE
# SHELL says shell form is meant
FROM alpine:3.20 AS shell
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
CMD mycommand
ENTRYPOINT my-program start
HEALTHCHECK CMD /healthcheck.sh
# ... and a stage built FROM it inherits its SHELL
FROM shell
CMD mycommand
# a command that starts with exec hands the process to the program, which then gets the signals
FROM alpine:3.20 AS exec
CMD exec nginx -g "daemon off;"
