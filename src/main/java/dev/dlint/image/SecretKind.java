package dev.dlint.image;

/** What kind of secret a path looks like. The secret itself is never read beyond a bounded head, nor reported. */
public enum SecretKind {
    /** A PEM private key ({@code -----BEGIN … PRIVATE KEY-----}) or an SSH key file ({@code id_rsa}, …). */
    PRIVATE_KEY,
    /** A PKCS#12 / Java keystore. */
    KEYSTORE,
    /** A dotenv file ({@code .env}, {@code .env.production}). */
    ENV_FILE,
    /** Cloud provider credentials ({@code .aws/credentials}, gcloud, Azure, service-account JSON). */
    CLOUD_CREDENTIALS,
    /** Registry or cluster credentials ({@code .docker/config.json} with auths, {@code .kube/config}). */
    REGISTRY_CREDENTIALS,
    /** Generic credential files ({@code .netrc}, {@code .git-credentials}, {@code .pgpass}, token files). */
    CREDENTIALS_FILE,
    /** {@code .npmrc}, {@code .pypirc}, {@code .yarnrc.yml} that contain a token or password. */
    PACKAGE_REGISTRY_TOKEN,
    /** A {@code .git} directory (history, possibly with credentials in {@code config}). */
    GIT_DIRECTORY
}
