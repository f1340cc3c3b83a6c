# Certificates and public keys are not secrets, nor is a Keynote document named *.key.
# dlint-test: file certs/ca.pem = -----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n
# dlint-test: file keys/signing.key = -----BEGIN PUBLIC KEY-----\nMFww\n-----END PUBLIC KEY-----\n
# dlint-test: file talks/intro.key = PK\x03\x04
# dlint-test: file id_rsa.pub = ssh-rsa AAAAB3Nza user@host
FROM alpine:3.20
COPY certs/ca.pem /usr/local/share/ca-certificates/ca.crt
COPY . /srv/
