package dev.dlint.context;

/** What {@link SecretContent} found in a file. The secret itself is never kept. */
public enum SecretEvidence {
    /** A PEM private-key header ({@code -----BEGIN ... PRIVATE KEY-----}). */
    PEM_PRIVATE_KEY,
    /** Something shaped like an AWS access key id ({@code AKIA} and 16 upper-case letters or digits). */
    AWS_ACCESS_KEY_ID,
    /** An npm registry token ({@code _authToken=...}, not a {@code ${VARIABLE}} reference). */
    NPM_AUTH_TOKEN,
    /** An npm basic-auth entry ({@code //registry.example/:_auth=...} or {@code _auth=...}). */
    NPM_AUTH,
    /** A {@code password} in a {@code .netrc} or {@code .pypirc}. */
    PASSWORD,
    /** An {@code "auth"} entry with a value in a Docker client {@code config.json}. */
    DOCKER_AUTH
}
