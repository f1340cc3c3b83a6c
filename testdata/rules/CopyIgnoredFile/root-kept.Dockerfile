# dlint-test: dockerignore .git
# dlint-test: dockerignore build/
FROM scratch
COPY . /app/
COPY / /root-of-context/
