FROM debian:12
# expect: TlsVerificationDisabled:15 "`-k` turns off TLS certificate verification"
RUN curl -fsSLk https://example.com/x.tgz -o /x.tgz
# expect: TlsVerificationDisabled:10 "`--insecure`"
RUN curl --insecure https://example.com/
# expect: TlsVerificationDisabled:10 "`--no-check-certificate`"
RUN wget --no-check-certificate https://example.com/x.tgz
# expect: TlsVerificationDisabled:17 "`--trusted-host=pypi.internal`"
RUN pip install --trusted-host pypi.internal -i http://pypi.internal/simple app
# expect: TlsVerificationDisabled:20 "`global.trusted-host`"
RUN pip config set global.trusted-host pypi.internal
# expect: TlsVerificationDisabled:20 "`strict-ssl false`"
RUN npm config set strict-ssl false
# expect: TlsVerificationDisabled:9 "`--strict-ssl=false`"
RUN npm --strict-ssl=false install
# expect: TlsVerificationDisabled:21 "`strict-ssl false`"
RUN yarn config set strict-ssl false
# expect: TlsVerificationDisabled:12 "`git -c http.sslVerify=false`"
RUN git -c http.sslVerify=false clone https://git.example.com/app.git
# expect: TlsVerificationDisabled:25 "`http.sslVerify false`"
RUN git config --global http.sslVerify false
# expect: TlsVerificationDisabled:5 "`GIT_SSL_NO_VERIFY=1`"
RUN GIT_SSL_NO_VERIFY=1 git clone https://git.example.com/app.git
# expect: TlsVerificationDisabled:12 "`NODE_TLS_REJECT_UNAUTHORIZED=0`"
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci
# expect: TlsVerificationDisabled:5 "`ENV GIT_SSL_NO_VERIFY`"
ENV GIT_SSL_NO_VERIFY=true
# expect: TlsVerificationDisabled:5 "`ARG PIP_TRUSTED_HOST`"
ARG PIP_TRUSTED_HOST=pypi.internal
