FROM debian:12
RUN curl -fsSL --cacert /etc/ssl/internal-ca.pem https://example.com/x.tgz -o /x.tgz
RUN wget --ca-certificate=/etc/ssl/internal-ca.pem https://example.com/x.tgz
RUN git -c http.sslVerify=true clone https://git.example.com/app.git
RUN npm config set strict-ssl true
RUN pip install --index-url https://pypi.internal/simple app
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
# declared without a value: only a --build-arg would set it
ARG GIT_SSL_NO_VERIFY
