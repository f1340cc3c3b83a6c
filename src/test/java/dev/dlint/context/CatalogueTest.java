package dev.dlint.context;

import static dev.dlint.context.ContextTrees.create;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The never-needed and secret catalogues, and the bounded content checks. */
class CatalogueTest {

    // built at run time so that no secret-looking literal sits in the repository
    private static final String AWS_KEY = "AKIA" + "Q3ZBN7XK" + "W2LM4RTV"; // a made-up key of the real shape
    private static final String AWS_DOC_KEY = "AKIA" + "IOSFODNN7" + "EXAMPLE";
    private static final String PEM = "-----BEGIN " + "RSA PRIVATE KEY-----";

    @TempDir
    Path dir;

    @Test
    void neverNeededMatchesByNameAtAnyDepthAndKind() {
        assertThat(NeverNeeded.match(".git", EntryKind.DIRECTORY)).map(CatalogItem::description)
                .hasValue("Git history");
        assertThat(NeverNeeded.match("sub/.git", EntryKind.FILE)).as("a worktree's .git file").isPresent();
        assertThat(NeverNeeded.match("web/node_modules", EntryKind.DIRECTORY)).map(CatalogItem::certain)
                .hasValue(false);
        assertThat(NeverNeeded.match("node_modules", EntryKind.FILE)).isEmpty();
        assertThat(NeverNeeded.match("src/.main.c.swp", EntryKind.FILE)).isPresent();
        assertThat(NeverNeeded.match("a/__pycache__", EntryKind.DIRECTORY)).map(CatalogItem::certain).hasValue(true);
        assertThat(NeverNeeded.match("photos/.DS_Store", EntryKind.FILE)).isPresent();
        assertThat(NeverNeeded.match("src/main.go", EntryKind.FILE)).isEmpty();
        assertThat(NeverNeeded.match("targets", EntryKind.DIRECTORY)).isEmpty();
        assertThat(NeverNeeded.ITEMS).extracting(CatalogItem::pattern).contains(".hg", ".svn", "target", "dist",
                "build", ".venv", "venv", ".tox", ".pytest_cache", ".mypy_cache", ".idea", ".vscode", "Thumbs.db",
                "coverage", ".gradle");
    }

    @Test
    void secretNamesIncludingMultiSegmentOnes() {
        assertThat(SecretNames.match(".env")).isPresent();
        assertThat(SecretNames.match("config/.env.production")).isPresent();
        assertThat(SecretNames.match(".env.example")).as("a template").isEmpty();
        assertThat(SecretNames.match("certs/server.pem")).isPresent();
        assertThat(SecretNames.match("tls.key")).isPresent();
        assertThat(SecretNames.match("home/.ssh/id_rsa")).isPresent();
        assertThat(SecretNames.match("home/.ssh/id_rsa.pub")).as("a public key").isEmpty();
        assertThat(SecretNames.match("id_ed25519")).isPresent();
        assertThat(SecretNames.match("home/.aws/credentials")).map(CatalogItem::description)
                .hasValue("AWS credentials");
        assertThat(SecretNames.match("credentials")).as("only below .aws").isEmpty();
        assertThat(SecretNames.match(".docker/config.json")).map(CatalogItem::certain).hasValue(false);
        assertThat(SecretNames.match("config.json")).isEmpty();
        assertThat(SecretNames.match("deploy/.kube/config")).isPresent();
        assertThat(SecretNames.match("kubeconfig")).isPresent();
        assertThat(SecretNames.match("store.p12")).isPresent();
        assertThat(SecretNames.match("store.pfx")).isPresent();
        assertThat(SecretNames.match(".npmrc")).map(CatalogItem::certain).hasValue(false);
        assertThat(SecretNames.match("src/app.js")).isEmpty();
    }

    @Test
    void contentChecksFindEvidenceAndLinesOnly() throws IOException {
        create(dir, "key.txt=hello\n" + PEM + "\nMIIE...\n", "aws.ini=[default]\naws_access_key_id = " + AWS_KEY + "\n",
                ".npmrc=registry=https://r.example/\n//r.example/:_authToken=abc123\n",
                "safe/.npmrc=//r.example/:_authToken=${NPM_TOKEN}\n", "basic/.npmrc=_auth = dXNlcjpwYXNz\n",
                ".netrc=machine example.com login me password hunter2\n", ".pypirc=[pypi]\nusername = me\npassword = x\n",
                "docker/.docker/config.json={\"auths\":{\"r.example\":{\"auth\":\"dXNlcjpwYXNz\"}}}\n",
                "clean.txt=nothing to see; password: not in a netrc\n");
        assertThat(SecretContent.scan(dir.resolve("key.txt"))).containsExactly(new SecretHit(
                SecretEvidence.PEM_PRIVATE_KEY, 2));
        assertThat(SecretContent.scan(dir.resolve("aws.ini"))).containsExactly(new SecretHit(
                SecretEvidence.AWS_ACCESS_KEY_ID, 2));
        assertThat(SecretContent.scan(("aws_access_key_id = " + AWS_DOC_KEY).getBytes(), "aws.ini", "aws.ini"))
                .as("AWS's documentation key is no secret").isEmpty();
        assertThat(SecretContent.scan(dir.resolve(".npmrc"))).containsExactly(new SecretHit(
                SecretEvidence.NPM_AUTH_TOKEN, 2));
        assertThat(SecretContent.scan(dir.resolve("safe/.npmrc"))).as("a variable reference is not a token")
                .isEmpty();
        assertThat(SecretContent.scan(dir.resolve("basic/.npmrc"))).extracting(SecretHit::evidence)
                .containsExactly(SecretEvidence.NPM_AUTH);
        assertThat(SecretContent.scan(dir.resolve(".netrc"))).extracting(SecretHit::evidence)
                .containsExactly(SecretEvidence.PASSWORD);
        assertThat(SecretContent.scan(dir.resolve(".pypirc"))).containsExactly(new SecretHit(
                SecretEvidence.PASSWORD, 3));
        assertThat(SecretContent.scan(dir.resolve("docker/.docker/config.json"))).extracting(SecretHit::evidence)
                .containsExactly(SecretEvidence.DOCKER_AUTH);
        assertThat(SecretContent.scan(dir.resolve("clean.txt"))).isEmpty();
        assertThat(SecretHit.class.getRecordComponents()).as("a hit never carries the secret").hasSize(2);
    }

    @Test
    void onlyTheFirst64KiBAreRead() throws IOException {
        byte[] late = ("x".repeat(SecretContent.HEAD_BYTES) + "\n" + PEM + "\n").getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("late.pem"), late);
        assertThat(SecretContent.scan(dir.resolve("late.pem"))).isEmpty();
        byte[] early = (PEM + "\n" + "x".repeat(2 * SecretContent.HEAD_BYTES)).getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("early.pem"), early);
        assertThat(SecretContent.scan(dir.resolve("early.pem"))).hasSize(1);
    }

    @Test
    void symlinksAndSpecialFilesAreNotOpened(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("real"), PEM + "\n");
        Files.createSymbolicLink(dir.resolve("link"), outside.resolve("real"));
        assertThat(SecretContent.scan(dir.resolve("link"))).isEmpty();
        Files.createDirectories(dir.resolve("d"));
        assertThat(SecretContent.scan(dir.resolve("d"))).isEmpty();
    }
}
