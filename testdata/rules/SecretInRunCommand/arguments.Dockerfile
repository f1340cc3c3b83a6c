# dlint-test: onbuild-variant off
FROM debian:12
ARG DB_PASSWORD
ENV GITHUB_TOKEN=placeholder
# an ARG's value is recorded with the RUN that uses it, an ENV's in the image
# expect: SecretInRunCommand:35 "--password"
RUN mysqladmin -uroot --password="$DB_PASSWORD" create app
# expect: SecretInRunCommand:24 "a token in a URL"
RUN git clone "https://${GITHUB_TOKEN}@github.com/org/app.git"
