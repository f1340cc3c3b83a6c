FROM alpine:3.20
# a heredoc body is not an instruction, whatever it says
RUN <<'EOT'
env
EOT
ENTRYPOINT ["cat", "/greeting.txt"]
