# dlint-test: dockerignore **
FROM scratch
# . and / are the context root: reported only when a pattern excludes everything
# expect: CopyIgnoredFile "Attempting to Copy file ".""
COPY . /app/
