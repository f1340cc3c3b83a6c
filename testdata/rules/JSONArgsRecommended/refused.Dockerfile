FROM alpine:3.20
# commands that need the shell get no fix: variables, operators, quotes, globs, redirections, tilde, builtins,
# assignments, comments
# expect: JSONArgsRecommended
CMD echo $HOME
# expect: JSONArgsRecommended
CMD nginx && tail -f /var/log/nginx/access.log
# expect: JSONArgsRecommended
CMD nginx -g "daemon off;"
# expect: JSONArgsRecommended
CMD ls *.txt
# expect: JSONArgsRecommended
CMD run > /tmp/log
# expect: JSONArgsRecommended
CMD ~/bin/start
# expect: JSONArgsRecommended
CMD cd /app
# expect: JSONArgsRecommended
CMD DEBUG=1 start
# expect: JSONArgsRecommended
CMD start # the server
# expect: JSONArgsRecommended
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
