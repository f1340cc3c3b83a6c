package dev.dlint.engine;

import dev.dlint.rule.ImageDigests;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Looks up image digests with {@code crane digest} or, without crane, {@code skopeo inspect --raw} (the digest is
 * the SHA-256 of the manifest bytes, so a multi-platform image gets its index digest and keeps every platform). The
 * tools are found on the {@code PATH} of the given environment and use its registry credentials. Each reference is
 * looked up once per run; a tool that fails or takes longer than {@link #TIMEOUT_SECONDS} gives the reason instead.
 */
public final class RegistryDigests implements ImageDigests {

    public static final long TIMEOUT_SECONDS = 30;
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final int MESSAGE_LIMIT = 200;

    private final Map<String, String> environment;
    private final Map<String, Lookup> answers = new HashMap<>();

    /** @param environment the environment whose {@code PATH} finds crane or skopeo */
    public RegistryDigests(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Lookup lookup(String reference) {
        return answers.computeIfAbsent(reference, this::ask);
    }

    private Lookup ask(String reference) {
        if (reference.startsWith("-") || reference.isBlank()) {
            return Lookup.none("'" + reference + "' is not an image reference");
        }
        Optional<Path> crane = find("crane");
        if (crane.isPresent()) {
            Run run = run(List.of(crane.get().toString(), "digest", reference));
            String text = new String(run.output(), StandardCharsets.UTF_8).strip();
            return run.code() == 0 && DIGEST.matcher(text).matches() ? Lookup.found(text)
                    : Lookup.none("crane could not resolve it: " + run.said());
        }
        Optional<Path> skopeo = find("skopeo");
        if (skopeo.isEmpty()) {
            return Lookup.none("--resolve-digests needs crane or skopeo on PATH");
        }
        Run run = run(List.of(skopeo.get().toString(), "inspect", "--raw", "docker://" + reference));
        if (run.code() != 0 || run.output().length == 0) {
            return Lookup.none("skopeo could not resolve it: " + run.said());
        }
        return Lookup.found("sha256:" + sha256(run.output()));
    }

    /** What a tool printed on standard output, and its first line of complaint. */
    private record Run(int code, byte[] output, String said) {
    }

    private Run run(List<String> argv) {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Path errors = Files.createTempFile("dlint-digest", ".err");
            try {
                builder.redirectError(errors.toFile());
                Process process = builder.start();
                byte[] output = readLimited(process.getInputStream());
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Run(-1, new byte[0], "no answer within " + TIMEOUT_SECONDS + " s");
                }
                String said = firstLine(Files.readString(errors, StandardCharsets.UTF_8));
                return new Run(process.exitValue(), output, said.isEmpty() ? "exit " + process.exitValue() : said);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            return new Run(-1, new byte[0], "cannot run " + argv.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, new byte[0], "interrupted");
        }
    }

    /** A manifest is small; more than 4 MiB is not one. */
    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4 * 1024 * 1024);
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return head;
    }

    private Optional<Path> find(String command) {
        for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String firstLine(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R")));
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() > MESSAGE_LIMIT ? t.substring(0, MESSAGE_LIMIT) + "…" : t;
            }
        }
        return "";
    }
}
