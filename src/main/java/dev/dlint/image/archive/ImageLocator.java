package dev.dlint.image.archive;

import dev.dlint.image.Digest;
import dev.dlint.image.ImageConfig;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.LayoutKind;
import dev.dlint.image.Platform;
import dev.dlint.image.archive.json.ConfigJson;
import dev.dlint.image.archive.json.DescriptorJson;
import dev.dlint.image.archive.json.DockerManifestJson;
import dev.dlint.image.archive.json.Json;
import dev.dlint.image.archive.json.JsonReader;
import dev.dlint.image.archive.json.JsonShapeException;
import dev.dlint.image.archive.json.OciIndexJson;
import dev.dlint.image.archive.json.OciManifestJson;
import dev.dlint.image.archive.json.WireTranslator;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Detects the layout of a saved image and resolves the selected image to its config and layer blobs.
 *
 * <p>{@code manifest.json} wins when present (all {@code docker save} flavours); otherwise {@code index.json} is
 * followed through nested indexes and Docker manifest lists. Member names are never used to guess what a member is.
 */
public final class ImageLocator {
    private static final String MANIFEST_JSON = "manifest.json";
    private static final String INDEX_JSON = "index.json";
    private static final String REF_NAME = "org.opencontainers.image.ref.name";
    private static final String CONTAINERD_NAME = "io.containerd.image.name";
    private static final int MAX_INDEX_DEPTH = 8;
    private static final int MAX_MANIFESTS = 1000;
    private static final Pattern BLOB_PATH = Pattern.compile("blobs/(sha256|sha512)/([0-9a-f]+)");

    private final BlobSource source;
    private final JsonReader json = new JsonReader();

    /** Creates a locator over an opened archive or directory. */
    public ImageLocator(BlobSource source) {
        this.source = source;
    }

    /** Resolves the selected image. */
    public LocatedImage locate(ImageSelection selection) {
        try {
            if (source.exists(MANIFEST_JSON)) {
                return fromDockerManifest(selection);
            }
            if (source.exists(INDEX_JSON)) {
                return fromOciIndex(selection);
            }
        } catch (IOException e) {
            throw new ImageFormatException(source.describe(), "read error: " + e.getMessage(), e);
        }
        throw new ImageFormatException(source.describe(), "not a container image: no manifest.json or index.json ("
                + describeContents() + ")");
    }

    private String describeContents() {
        List<String> names = source.names();
        if (names.isEmpty()) {
            return "the input is empty";
        }
        String shown = names.stream().limit(5).collect(Collectors.joining(", "));
        return "found " + names.size() + " member" + (names.size() == 1 ? "" : "s") + ": " + shown
                + (names.size() > 5 ? ", …" : "");
    }

    // ---- docker save family ------------------------------------------------------------------------------------

    private LocatedImage fromDockerManifest(ImageSelection selection) throws IOException {
        Json manifestDoc = readJson(MANIFEST_JSON);
        List<DockerManifestJson> entries = shape(MANIFEST_JSON, () -> DockerManifestJson.listFrom(manifestDoc));
        if (entries.isEmpty()) {
            throw new ImageFormatException(MANIFEST_JSON, "lists no images");
        }
        DockerManifestJson chosen = chooseDockerEntry(entries, selection);
        List<String> warnings = new ArrayList<>();
        String configMember = MemberNames.normalize(chosen.config(), MANIFEST_JSON);
        ImageConfig config = readConfig(configMember, Optional.empty(), -1);
        List<LayerRef> layers = new ArrayList<>();
        for (int i = 0; i < chosen.layers().size(); i++) {
            String member = MemberNames.normalize(chosen.layers().get(i), MANIFEST_JSON);
            layers.add(new LayerRef(i, member, digestFromBlobPath(member), -1, "", source.exists(member), false));
        }
        checkDiffIdCount(config, layers.size(), MANIFEST_JSON, warnings);
        String name = selection.image().orElse(chosen.repoTags().isEmpty() ? "" : chosen.repoTags().get(0));
        String platform = platformOf(config);
        return new LocatedImage(dockerLayout(chosen, configMember), name, platform, config, layers, warnings);
    }

    private DockerManifestJson chooseDockerEntry(List<DockerManifestJson> entries, ImageSelection selection) {
        if (selection.image().isPresent()) {
            String wanted = selection.image().get();
            for (DockerManifestJson e : entries) {
                for (String tag : e.repoTags()) {
                    if (ImageNames.matches(tag, wanted)) {
                        return e;
                    }
                }
            }
            throw new ImageFormatException(MANIFEST_JSON, "no image named '" + wanted + "'; the archive holds: "
                    + listDockerNames(entries));
        }
        if (entries.size() == 1) {
            return entries.get(0);
        }
        throw new ImageFormatException(MANIFEST_JSON, "the archive holds " + entries.size()
                + " images; choose one with --image: " + listDockerNames(entries));
    }

    private static String listDockerNames(List<DockerManifestJson> entries) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DockerManifestJson e = entries.get(i);
            names.add(e.repoTags().isEmpty() ? "(untagged #" + (i + 1) + ", config " + e.config() + ")"
                    : String.join(" = ", e.repoTags()));
        }
        return String.join(", ", names);
    }

    private LayoutKind dockerLayout(DockerManifestJson chosen, String configMember) {
        if (source.exists(INDEX_JSON) && source.exists("oci-layout")) {
            return LayoutKind.DOCKER_SAVE_OCI;
        }
        if (configMember.startsWith("sha256:")) {
            return LayoutKind.GGCR_TARBALL;
        }
        boolean topLevelLayers = !chosen.layers().isEmpty()
                && chosen.layers().stream().noneMatch(l -> MemberNames.normalize(l, MANIFEST_JSON).contains("/"));
        return topLevelLayers ? LayoutKind.CONTAINERS_DOCKER_ARCHIVE : LayoutKind.DOCKER_SAVE_LEGACY;
    }

    private static Optional<Digest> digestFromBlobPath(String member) {
        Matcher m = BLOB_PATH.matcher(member);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Digest(m.group(1), m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- OCI layout --------------------------------------------------------------------------------------------

    /** An image manifest found while walking the index tree. */
    private record Candidate(String refName, DescriptorJson descriptor, OciManifestJson manifest,
                             Optional<Platform> platform, String blob) {
    }

    private LocatedImage fromOciIndex(ImageSelection selection) throws IOException {
        List<String> warnings = new ArrayList<>();
        if (!source.exists("oci-layout")) {
            warnings.add("oci-layout: missing; reading index.json anyway");
        }
        Json indexDoc = readJson(INDEX_JSON);
        OciIndexJson index = shape(INDEX_JSON, () -> OciIndexJson.from(indexDoc));
        List<Candidate> candidates = new ArrayList<>();
        walkIndex(index, INDEX_JSON, "", Optional.empty(), 0, candidates, warnings);
        if (candidates.isEmpty()) {
            throw new ImageFormatException(INDEX_JSON, "no image manifest found (only indexes, attestations, "
                    + "artifacts or missing blobs)");
        }
        List<Candidate> named = filterByName(candidates, selection);
        Candidate chosen = choosePlatform(named, selection);
        OciManifestJson manifest = chosen.manifest();
        DescriptorJson cfg = manifest.config();
        Digest cfgDigest = shape(chosen.blob(), () -> WireTranslator.toDigest(cfg.digest()));
        ImageConfig config = readConfig(blobPath(cfgDigest), Optional.of(cfgDigest), cfg.size());
        List<LayerRef> layers = new ArrayList<>();
        for (int i = 0; i < manifest.layers().size(); i++) {
            DescriptorJson d = manifest.layers().get(i);
            if (!MediaTypes.LAYERS.contains(d.mediaType())) {
                throw new ImageFormatException(chosen.blob(), "layer " + i + " has media type '" + d.mediaType()
                        + "', which is not a layer type");
            }
            Digest digest = shape(chosen.blob(), () -> WireTranslator.toDigest(d.digest()));
            String member = blobPath(digest);
            layers.add(new LayerRef(i, member, Optional.of(digest), d.size(), d.mediaType(), source.exists(member),
                    !d.urls().isEmpty()));
        }
        checkDiffIdCount(config, layers.size(), chosen.blob(), warnings);
        String platform = chosen.platform().map(Platform::toString).orElse(platformOf(config));
        return new LocatedImage(LayoutKind.OCI_LAYOUT, chosen.refName(), platform, config, layers, warnings);
    }

    private void walkIndex(OciIndexJson index, String indexMember, String inheritedName, Optional<Platform> platform,
                           int depth, List<Candidate> out, List<String> warnings) throws IOException {
        if (depth > MAX_INDEX_DEPTH) {
            throw new ImageFormatException(indexMember, "indexes nested deeper than " + MAX_INDEX_DEPTH);
        }
        for (DescriptorJson d : index.manifests()) {
            if (out.size() >= MAX_MANIFESTS) {
                throw new ImageFormatException(indexMember, "more than " + MAX_MANIFESTS + " manifests");
            }
            if (isAttestationOrArtifact(d)) {
                continue;
            }
            String name = inheritedName.isEmpty() ? refName(d) : inheritedName;
            Optional<Platform> p = WireTranslator.toPlatform(d).or(() -> platform);
            Digest digest = shape(indexMember, () -> WireTranslator.toDigest(d.digest()));
            String member = blobPath(digest);
            if (!MediaTypes.isIndex(d.mediaType()) && !MediaTypes.isManifest(d.mediaType())
                    && !d.mediaType().isEmpty()) {
                continue;
            }
            if (!source.exists(member)) {
                warnings.add(member + ": manifest" + p.map(x -> " for " + x).orElse("")
                        + " is missing from the archive; skipped");
                continue;
            }
            byte[] data = readVerified(member, digest, d.size());
            Json doc = json.parse(data, member);
            boolean isIndex = MediaTypes.isIndex(d.mediaType())
                    || (d.mediaType().isEmpty() && doc instanceof Json.Obj o && o.get("manifests").isPresent());
            if (isIndex) {
                OciIndexJson nested = shape(member, () -> OciIndexJson.from(doc));
                walkIndex(nested, member, name, p, depth + 1, out, warnings);
                continue;
            }
            OciManifestJson manifest = shape(member, () -> OciManifestJson.from(doc));
            if (!manifest.artifactType().isEmpty() || manifest.subject().isPresent()
                    || !MediaTypes.CONFIGS.contains(manifest.config().mediaType())) {
                continue;
            }
            out.add(new Candidate(name, d, manifest, p, member));
        }
    }

    private static boolean isAttestationOrArtifact(DescriptorJson d) {
        if ("attestation-manifest".equals(d.annotations().get("vnd.docker.reference.type"))) {
            return true;
        }
        if (!d.artifactType().isEmpty()) {
            return true;
        }
        return d.platform().map(p -> "unknown".equals(p.os()) && "unknown".equals(p.architecture())).orElse(false);
    }

    private static String refName(DescriptorJson d) {
        String ref = d.annotations().get(REF_NAME);
        if (ref == null || ref.isEmpty()) {
            ref = d.annotations().getOrDefault(CONTAINERD_NAME, "");
        }
        return ref;
    }

    private static List<Candidate> filterByName(List<Candidate> candidates, ImageSelection selection) {
        Set<String> names = new LinkedHashSet<>();
        candidates.forEach(c -> names.add(c.refName()));
        if (selection.image().isPresent()) {
            String wanted = selection.image().get();
            List<Candidate> matching = candidates.stream().filter(c -> refMatches(c.refName(), wanted)).toList();
            if (matching.isEmpty()) {
                throw new ImageFormatException(INDEX_JSON, "no image named '" + wanted + "'; the index holds: "
                        + displayNames(names));
            }
            return matching;
        }
        if (names.size() > 1) {
            throw new ImageFormatException(INDEX_JSON, "the index holds " + names.size()
                    + " images; choose one with --image: " + displayNames(names));
        }
        return candidates;
    }

    private static boolean refMatches(String refName, String wanted) {
        if (refName.isEmpty()) {
            return false;
        }
        if (ImageNames.matches(refName, wanted)) {
            return true;
        }
        // OCI ref names are often just the tag ("1"); compare with the tag the user gave ("demo:1").
        int slash = wanted.lastIndexOf('/');
        int colon = wanted.lastIndexOf(':');
        return colon > slash && wanted.substring(colon + 1).equals(refName);
    }

    private static String displayNames(Set<String> names) {
        return names.stream().map(n -> n.isEmpty() ? "(unnamed)" : n).collect(Collectors.joining(", "));
    }

    private Candidate choosePlatform(List<Candidate> candidates, ImageSelection selection) throws IOException {
        if (candidates.size() == 1 && selection.platform().isEmpty()) {
            return candidates.get(0);
        }
        List<Candidate> withPlatform = new ArrayList<>();
        for (Candidate c : candidates) {
            withPlatform.add(c.platform().isPresent() ? c : new Candidate(c.refName(), c.descriptor(), c.manifest(),
                    Optional.of(platformFromConfig(c)), c.blob()));
        }
        Platform wanted = selection.platform().orElse(Platform.LINUX_AMD64);
        Candidate loose = null;
        for (Candidate c : withPlatform) {
            Platform p = c.platform().orElseThrow();
            if (wanted.matchesExactly(p)) {
                return c;
            }
            if (loose == null && wanted.matches(p)) {
                loose = c;
            }
        }
        if (loose != null) {
            return loose;
        }
        String available = withPlatform.stream().map(c -> c.platform().orElseThrow().toString()).distinct()
                .collect(Collectors.joining(", "));
        String why = selection.platform().isPresent() ? "no manifest for platform " + wanted
                : "several platforms and none is the default " + wanted + "; choose one with --platform";
        throw new ImageFormatException(INDEX_JSON, why + " (available: " + available + ")");
    }

    private Platform platformFromConfig(Candidate c) throws IOException {
        DescriptorJson cfg = c.manifest().config();
        Digest digest = shape(c.blob(), () -> WireTranslator.toDigest(cfg.digest()));
        ImageConfig config = readConfig(blobPath(digest), Optional.of(digest), cfg.size());
        return new Platform(config.os(), config.architecture(), config.variant());
    }

    // ---- shared helpers -----------------------------------------------------------------------------------------

    private ImageConfig readConfig(String member, Optional<Digest> digest, long size) throws IOException {
        if (!source.exists(member)) {
            throw new ImageFormatException(member, "image config is missing from the archive");
        }
        byte[] data = digest.isPresent() ? readVerified(member, digest.get(), size)
                : source.readAll(member, JsonReader.MAX_JSON_BYTES);
        Json doc = json.parse(data, member);
        return shape(member, () -> WireTranslator.toImageConfig(ConfigJson.from(doc)));
    }

    private byte[] readVerified(String member, Digest digest, long declaredSize) throws IOException {
        byte[] data = source.readAll(member, JsonReader.MAX_JSON_BYTES);
        if (declaredSize >= 0 && data.length != declaredSize) {
            throw new ImageFormatException(member, "size is " + data.length + " bytes but the descriptor declares "
                    + declaredSize);
        }
        try {
            MessageDigest md = MessageDigest.getInstance(digest.javaAlgorithm());
            Digest actual = new Digest(digest.algorithm(), hex(md.digest(data)));
            if (!actual.equals(digest)) {
                throw new ImageFormatException(member, "digest mismatch: content is " + actual);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return data;
    }

    private static String hex(byte[] raw) {
        StringBuilder sb = new StringBuilder();
        for (byte b : raw) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    private Json readJson(String member) throws IOException {
        return json.parse(source.readAll(member, JsonReader.MAX_JSON_BYTES), member);
    }

    private static String blobPath(Digest digest) {
        return "blobs/" + digest.algorithm() + "/" + digest.hex();
    }

    private static void checkDiffIdCount(ImageConfig config, int layerCount, String manifestMember,
                                         List<String> warnings) {
        if (config.diffIds().isEmpty()) {
            if (layerCount > 0) {
                warnings.add(manifestMember + ": the image config lists no rootfs.diff_ids; layer contents "
                        + "are not verified");
            }
            return;
        }
        if (config.diffIds().size() != layerCount) {
            throw new ImageFormatException(manifestMember, "lists " + layerCount + " layers but the image config "
                    + "lists " + config.diffIds().size() + " diff_ids");
        }
    }

    private static String platformOf(ImageConfig config) {
        if (config.os().isEmpty() && config.architecture().isEmpty()) {
            return "";
        }
        return new Platform(config.os(), config.architecture(), config.variant()).toString();
    }

    private static <T> T shape(String member, Supplier<T> read) {
        try {
            return read.get();
        } catch (JsonShapeException e) {
            throw new ImageFormatException(member, e.getMessage(), e);
        }
    }

    /** Exposed for the diff_id check in the scanner: true if {@code text} is a digest. */
    static boolean isDigest(String text) {
        return Digest.isDigest(text);
    }
}
