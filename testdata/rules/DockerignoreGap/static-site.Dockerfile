# A static site served with its Git history: nothing in the build reads .git, so excluding it is safe.
# dlint-test: fixes safe
# dlint-test: dockerignore *.md
# dlint-test: file .git/HEAD = ref: refs/heads/main\n
# dlint-test: file .git/objects/pack/pack-1.pack 120kB
# dlint-test: file index.html = <h1>hi</h1>
# dlint-test: file README.md = docs
FROM nginx:1.27-alpine
# expect: DockerignoreGap "`.git`: 2 files, 120 kB, Git history"
COPY . /usr/share/nginx/html/
