# an ARG before the first FROM is seen only by FROM lines and is not recorded in the image
ARG REGISTRY_TOKEN
FROM scratch
