# A COPY that names the build output copies it on purpose.
# dlint-test: dockerignore .git
# dlint-test: file dist/index.html = <h1>hi</h1>
# dlint-test: file dist/app.js 20kB
FROM nginx:1.27-alpine
COPY dist/ /usr/share/nginx/html/
