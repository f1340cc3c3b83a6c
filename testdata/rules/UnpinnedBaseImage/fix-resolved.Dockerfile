# With --resolve-digests, each reference skopeo resolves is pinned to the digest of the manifest it answers (an
# index keeps every platform); an image it cannot resolve keeps its finding, and the message says why.
# dlint-test: registry alpine = {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"digest":"sha256:1111111111111111111111111111111111111111111111111111111111111111","platform":{"architecture":"amd64","os":"linux"}}]}
# dlint-test: registry node:latest = {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]}
# expect: UnpinnedBaseImage
FROM alpine AS tools
# expect: UnpinnedBaseImage
FROM node:latest AS web
# expect: UnpinnedBaseImage "dlint fix cannot pin it: skopeo could not resolve it: FATA[0000] Error parsing image name"
FROM registry.example.com/private/tool
COPY --from=tools /bin/busybox /bin/busybox
