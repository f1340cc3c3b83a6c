# Symlinks out of the context are sent as links and never followed: only the editor litter is reported.
# dlint-test: link etc -> /etc
# dlint-test: link up -> ../../..
# dlint-test: file site/index.html = <h1>hi</h1>
# dlint-test: file site/.DS_Store 6kB
FROM nginx:1.27-alpine
# expect: MissingDockerignore "`site/.DS_Store`: 1 file, 6.0 kB, macOS Finder metadata"
COPY site/ /usr/share/nginx/html/
