FROM debian:12
# expect: SecretInRunCommand:20 "A secret is given as -p on the command line"
RUN mysql -uroot -ps3cr3t -e "CREATE DATABASE app"
# expect: SecretInRunCommand:35 "--password"
RUN docker login -u me --password hunter2 registry.example.com
# expect: SecretInRunCommand:41 "--token"
RUN ./register --url https://ci --token=glrt-abc123
# expect: SecretInRunCommand:24 "-u user:password"
RUN curl -fsS -u admin:hunter2 https://example.com/api
# expect: SecretInRunCommand:30 "a URL's password (https://user:…@)"
RUN git clone https://deploy:hunter2@git.example.com/app.git
# expect: SecretInRunCommand:23 "a token in a URL"
RUN git clone https://ghp_0123456789abcdef0123@github.com/org/app.git
# expect: SecretInRunCommand:41 "the Authorization header"
RUN curl -fsS -H "Authorization: Bearer abc123def456" https://api.example.com/v1
# expect: SecretInRunCommand:16 "piped to chpasswd"
RUN echo 'root:toor' | chpasswd
