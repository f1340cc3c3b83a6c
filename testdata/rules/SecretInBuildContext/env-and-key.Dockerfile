# A repository with a dotenv file and a private key; the dotenv template is not a secret.
# dlint-test: file .env = DB_PASSWORD=correct-horse-battery-staple\n
# dlint-test: file .env.example = DB_PASSWORD=\n
# dlint-test: file certs/server.key = \x2d----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n
# dlint-test: file app.py = print("hi")\n
FROM python:3.12-slim
WORKDIR /app
# expect: SecretInBuildContext "puts 2 secrets from the build context into a layer of the image: `.env` (dotenv file), `certs/server.key` (private key, a PEM private key on line 1)"
COPY . .
CMD ["python", "app.py"]
