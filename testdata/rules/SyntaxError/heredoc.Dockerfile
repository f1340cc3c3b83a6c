FROM alpine:3.20
# expect: SyntaxError "COPY cannot accept a heredoc as a destination"
COPY /src <<EOF
body
EOF
# expect: SyntaxError "unterminated heredoc"
RUN <<END
echo never closed
