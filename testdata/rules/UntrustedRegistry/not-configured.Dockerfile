# without trusted-registries the rule reports nothing
FROM ghcr.io/acme/tool:1.0
