# dlint-test: dockerignore Dockerfile
# dlint-test: dockerignore node_modules
# dlint-test: dockerignore *.md
# dlint-test: dockerignore !README.md
FROM scratch
# expect: CopyIgnoredFile:6 "Attempting to Copy file "Dockerfile" that is excluded by .dockerignore (.dockerignore line 1: Dockerfile)"
COPY Dockerfile .
# expect: CopyIgnoredFile:5 "Attempting to Add file "Dockerfile""
ADD Dockerfile /windy
# a parent directory that is excluded excludes what is below it
# expect: CopyIgnoredFile:6 "node_modules/left-pad/index.js"
COPY ./node_modules/left-pad/index.js /app/
# expect: CopyIgnoredFile:16 "CHANGELOG.md"
COPY README.md CHANGELOG.md /docs/
ARG NOTES=NOTES.md
# expect: CopyIgnoredFile "NOTES.md"
COPY $NOTES /docs/
