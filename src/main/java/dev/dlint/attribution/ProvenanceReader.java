package dev.dlint.attribution;

import dev.dlint.image.ImageFormatException;
import dev.dlint.image.archive.BlobSource;
import dev.dlint.image.archive.json.Json;
import dev.dlint.image.archive.json.JsonReader;
import dev.dlint.image.archive.json.JsonShapeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the SLSA provenance attestations BuildKit attaches to an OCI layout ({@code buildx build --attest
 * type=provenance,mode=max}): an index entry with platform {@code unknown/unknown} and annotations
 * {@code vnd.docker.reference.type: attestation-manifest}, whose manifest has an {@code application/vnd.in-toto+json}
 * layer annotated {@code in-toto.io/predicate-type: https://slsa.dev/provenance/v0.2} (or {@code v1}). Its predicate's
 * {@code metadata["https://mobyproject.org/buildkit@v1#metadata"]} (v1: {@code runDetails.metadata}) holds
 * {@code source.locations} (per LLB step, the source ranges; {@code sourceIndex} into {@code source.infos}, whose
 * {@code filename} is the Dockerfile) and {@code layers} (per {@code stepN:output}, the layer chains of its result as
 * descriptors). A layer belongs to the step whose chain ends with it; a layer only ever inside chains (the base
 * image's) to the step with the shortest chain that holds it (the image source, located at its FROM).
 */
public final class ProvenanceReader {

    private static final String METADATA = "https://mobyproject.org/buildkit@v1#metadata";
    private static final String IN_TOTO = "application/vnd.in-toto+json";
    private static final String PREDICATE_TYPE = "in-toto.io/predicate-type";
    private static final long MAX_STATEMENT_BYTES = JsonReader.MAX_JSON_BYTES;

    /**
     * Where one layer's step is in the source.
     *
     * @param filename  the source's file name as BuildKit recorded it ({@code Dockerfile})
     * @param startLine the first line, 1-based
     * @param endLine   the last line
     */
    public record StepLocation(String filename, int startLine, int endLine) {
    }

    private ProvenanceReader() {
    }

    /**
     * The source location of each layer, by blob digest ({@code sha256:…}), from the provenance of the archive at
     * {@code input}; empty when the archive has no readable BuildKit provenance.
     *
     * @param notes receives one line when an attestation is there but cannot be read
     */
    public static Map<String, StepLocation> read(Path input, List<String> notes) {
        try (BlobSource source = BlobSource.open(input)) {
            if (!source.exists("index.json")) {
                return Map.of();
            }
            JsonReader reader = new JsonReader();
            Map<String, StepLocation> found = new HashMap<>();
            for (Json.Obj statement : statements(source, reader)) {
                found.putAll(layers(statement));
            }
            return found;
        } catch (ImageFormatException | JsonShapeException | IOException | UncheckedIOException e) {
            notes.add("the image's provenance attestation cannot be read (" + e.getMessage()
                    + "); layers are matched by their history instead");
            return Map.of();
        }
    }

    /** The in-toto statements with a SLSA provenance predicate, from every attestation manifest of the index. */
    private static List<Json.Obj> statements(BlobSource source, JsonReader reader) throws IOException {
        List<Json.Obj> out = new ArrayList<>();
        List<Json> descriptors = new ArrayList<>(object(reader.parse(source.readAll("index.json",
                MAX_STATEMENT_BYTES), "index.json"), "index.json").array("manifests"));
        for (int i = 0; i < descriptors.size() && i < 1000; i++) {
            Json.Obj descriptor = object(descriptors.get(i), "index.json");
            String mediaType = descriptor.string("mediaType").orElse("");
            String member = member(descriptor);
            if (!source.exists(member)) {
                continue;
            }
            if (mediaType.endsWith("image.index.v1+json")) {
                descriptors.addAll(object(reader.parse(source.readAll(member, MAX_STATEMENT_BYTES), member), member)
                        .array("manifests"));
                continue;
            }
            if (!"attestation-manifest".equals(descriptor.stringMap("annotations").get("vnd.docker.reference.type"))) {
                continue;
            }
            Json.Obj manifest = object(reader.parse(source.readAll(member, MAX_STATEMENT_BYTES), member), member);
            for (Json layer : manifest.array("layers")) {
                Json.Obj l = object(layer, member);
                String type = l.stringMap("annotations").getOrDefault(PREDICATE_TYPE, "");
                String blob = member(l);
                if (IN_TOTO.equals(l.string("mediaType").orElse("")) && type.startsWith("https://slsa.dev/provenance/")
                        && source.exists(blob)) {
                    out.add(object(reader.parse(source.readAll(blob, MAX_STATEMENT_BYTES), blob), blob));
                }
            }
        }
        return out;
    }

    /** The layers of one statement and their steps' locations. */
    private static Map<String, StepLocation> layers(Json.Obj statement) {
        Json.Obj predicate = statement.object("predicate").orElse(new Json.Obj(Map.of()));
        Optional<Json.Obj> metadata = predicate.object("metadata").flatMap(m -> m.object(METADATA));
        if (metadata.isEmpty()) {
            metadata = predicate.object("runDetails").flatMap(r -> r.object("metadata"))
                    .flatMap(m -> m.object(METADATA));
        }
        if (metadata.isEmpty()) {
            return Map.of();
        }
        Json.Obj source = metadata.get().object("source").orElse(new Json.Obj(Map.of()));
        List<String> files = new ArrayList<>();
        for (Json info : source.array("infos")) {
            files.add(object(info, "source.infos").string("filename").orElse(""));
        }
        Json.Obj locations = source.object("locations").orElse(new Json.Obj(Map.of()));
        // step number → chains (each a list of blob digests, lowest first)
        Map<Integer, List<List<String>>> chains = new TreeMap<>();
        Map<Integer, String> stepIds = new HashMap<>();
        Json.Obj layers = metadata.get().object("layers").orElse(new Json.Obj(Map.of()));
        for (Map.Entry<String, Json> entry : layers.members().entrySet()) {
            String stepId = entry.getKey().contains(":") ? entry.getKey().substring(0, entry.getKey().indexOf(':'))
                    : entry.getKey();
            if (!stepId.matches("step\\d{1,6}")) {
                continue;
            }
            int step = Integer.parseInt(stepId.substring(4));
            stepIds.put(step, stepId);
            for (Json chain : array(entry.getValue(), entry.getKey())) {
                List<String> digests = new ArrayList<>();
                for (Json descriptor : array(chain, entry.getKey())) {
                    object(descriptor, entry.getKey()).string("digest").ifPresent(digests::add);
                }
                if (!digests.isEmpty()) {
                    chains.computeIfAbsent(step, k -> new ArrayList<>()).add(digests);
                }
            }
        }
        Map<String, Integer> owner = new HashMap<>();
        Map<String, Integer> shortest = new HashMap<>();
        for (Map.Entry<Integer, List<List<String>>> step : chains.entrySet()) {
            for (List<String> chain : step.getValue()) {
                owner.putIfAbsent(chain.get(chain.size() - 1), step.getKey());
                for (String digest : chain) {
                    Integer before = shortest.get(digest);
                    if (before == null || shortestChain(chains.get(before)) > chain.size()) {
                        shortest.put(digest, step.getKey());
                    }
                }
            }
        }
        Map<String, StepLocation> out = new HashMap<>();
        for (Map.Entry<String, Integer> entry : shortest.entrySet()) {
            int step = owner.getOrDefault(entry.getKey(), entry.getValue());
            location(locations, stepIds.get(step), files).ifPresent(l -> out.put(entry.getKey(), l));
        }
        return out;
    }

    private static int shortestChain(List<List<String>> chains) {
        return chains.stream().mapToInt(List::size).min().orElse(Integer.MAX_VALUE);
    }

    /** The first range of a step's first location. */
    private static Optional<StepLocation> location(Json.Obj locations, String stepId, List<String> files) {
        Optional<Json.Obj> step = locations.object(stepId);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        for (Json location : step.get().array("locations")) {
            Json.Obj l = object(location, stepId);
            int index = (int) (long) l.integer("sourceIndex").orElse(0L);
            for (Json range : l.array("ranges")) {
                Json.Obj r = object(range, stepId);
                int start = (int) (long) r.object("start").flatMap(s -> s.integer("line")).orElse(0L);
                int end = (int) (long) r.object("end").flatMap(s -> s.integer("line")).orElse((long) start);
                if (start > 0) {
                    String file = index >= 0 && index < files.size() ? files.get(index) : "";
                    return Optional.of(new StepLocation(file, start, Math.max(start, end)));
                }
            }
        }
        return Optional.empty();
    }

    private static String member(Json.Obj descriptor) {
        String digest = descriptor.string("digest").orElse("");
        int colon = digest.indexOf(':');
        return colon < 0 ? "" : "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    private static Json.Obj object(Json json, String where) {
        if (json instanceof Json.Obj o) {
            return o;
        }
        throw new JsonShapeException(where + ": expected an object, found " + json.typeName());
    }

    private static List<Json> array(Json json, String where) {
        if (json instanceof Json.Arr a) {
            return a.items();
        }
        throw new JsonShapeException(where + ": expected an array, found " + json.typeName());
    }
}
