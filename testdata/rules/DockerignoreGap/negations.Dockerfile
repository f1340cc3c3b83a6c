# A ! pattern in the .dockerignore could be overridden by an appended line, so the fix is unsafe even for
# editor settings; applied with unsafe fixes it appends the line.
# dlint-test: dockerignore *.md
# dlint-test: dockerignore !README.md
# dlint-test: file .idea/workspace.xml 2kB
# dlint-test: file README.md = docs
# dlint-test: file index.html = <h1>hi</h1>
FROM nginx:1.27-alpine
# expect: DockerignoreGap "`.idea`: 1 file, 2.0 kB, IntelliJ project settings"
COPY . /usr/share/nginx/html/
