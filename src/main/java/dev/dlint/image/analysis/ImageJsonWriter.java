package dev.dlint.image.analysis;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.image.IntegrityProblem;
import dev.dlint.image.Layer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * Writes an {@link ImageAnalysis} as the JSON document described in {@code docs/image-json.md}, with Jackson's
 * streaming generator (no data binding). Further top-level sections (the engine's {@code findings}) are written by a
 * {@link Section} callback after the built-in ones.
 */
public final class ImageJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    /** Writes the fields of one extra top-level section with the generator positioned inside the root object. */
    @FunctionalInterface
    public interface Section {
        /** Writes one or more fields ({@code g.writeFieldName(…)} then a value). */
        void writeFields(JsonGenerator g) throws IOException;
    }

    /**
     * Extra fields of the objects in {@code layers} and {@code waste.files} (the Dockerfile lines behind them, with
     * {@code --dockerfile}), written after the built-in fields.
     */
    public interface Annotations {
        /** No extra fields. */
        Annotations NONE = new Annotations() {
        };

        /** Extra fields of {@code layers[index]}. */
        default void layerFields(JsonGenerator g, int index) throws IOException {
        }

        /** Extra fields of the {@code waste.files} object of {@code file}. */
        default void wastedFileFields(JsonGenerator g, WastedFile file) throws IOException {
        }
    }

    /** Writes the document without extra sections. */
    public void write(ImageAnalysis analysis, OutputStream out) throws IOException {
        write(analysis, out, List.of());
    }

    /** Writes the document, then {@code extra} sections in order; the stream is flushed, not closed. */
    public void write(ImageAnalysis analysis, OutputStream out, List<Section> extra) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            writeDocument(g, analysis, extra, Annotations.NONE);
        }
        out.flush();
    }

    /** Writes the document, then {@code extra} sections in order, to a character stream; flushed, not closed. */
    public void write(ImageAnalysis analysis, Writer out, List<Section> extra) throws IOException {
        write(analysis, out, extra, Annotations.NONE);
    }

    /** Writes the document with {@code annotations} in the layers and wasted files, then {@code extra} sections. */
    public void write(ImageAnalysis analysis, Writer out, List<Section> extra, Annotations annotations)
            throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            writeDocument(g, analysis, extra, annotations);
        }
        out.flush();
    }

    private static void writeDocument(JsonGenerator g, ImageAnalysis analysis, List<Section> extra,
                                      Annotations annotations) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        writeImage(g, analysis);
        writeLayers(g, analysis, annotations);
        writeWaste(g, analysis.waste(), annotations);
        writeDive(g, analysis.dive());
        g.writeArrayFieldStart("warnings");
        for (String w : analysis.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (IntegrityProblem p : analysis.problems()) {
            g.writeStartObject();
            g.writeNumberField("layer", p.layer());
            g.writeStringField("member", p.member());
            g.writeStringField("problem", p.problem());
            g.writeEndObject();
        }
        g.writeEndArray();
        for (Section s : extra) {
            s.writeFields(g);
        }
        g.writeEndObject();
    }

    private static void writeImage(JsonGenerator g, ImageAnalysis a) throws IOException {
        g.writeObjectFieldStart("image");
        g.writeStringField("input", a.image().input());
        g.writeStringField("layout", a.image().layout().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        g.writeStringField("name", a.image().name());
        g.writeStringField("platform", a.image().platform());
        g.writeStringField("user", a.configUser());
        g.writeBooleanField("runsAsRoot", a.runsAsRoot());
        g.writeBooleanField("partial", a.partial());
        g.writeEndObject();
    }

    private static void writeLayers(JsonGenerator g, ImageAnalysis a, Annotations annotations) throws IOException {
        g.writeArrayFieldStart("layers");
        List<LayerWaste> perLayer = a.waste().layers();
        FileTree tree = a.hasEntries() ? new FileTree() : null;
        for (Layer l : a.image().layers()) {
            g.writeStartObject();
            g.writeNumberField("index", l.index());
            g.writeStringField("digest", l.blobDigest() == null ? "" : l.blobDigest().toString());
            g.writeStringField("diffId", l.diffId() == null ? "" : l.diffId().toString());
            g.writeNumberField("sizeBytes", l.contentBytes());
            g.writeNumberField("compressedBytes", l.compressedBytes());
            g.writeNumberField("tarBytes", l.uncompressedBytes());
            g.writeStringField("compression", l.compression().label());
            g.writeStringField("createdBy", l.createdBy());
            g.writeNumberField("entries", l.counts().total());
            LayerWaste w = l.index() < perLayer.size() ? perLayer.get(l.index()) : new LayerWaste(l.index(), 0, 0);
            g.writeNumberField("addedBytes", w.addedBytes());
            g.writeNumberField("hiddenBytes", w.hiddenBytes());
            g.writeBooleanField("missing", l.missing());
            annotations.layerFields(g, l.index());
            if (tree != null) {
                writeFiles(g, tree, a.layerEntries().get(l.index()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The layer's changes, as its tree applies them to the layers below ({@code layers[].files}), streamed. */
    private static void writeFiles(JsonGenerator g, FileTree tree, List<dev.dlint.image.LayerEntry> entries)
            throws IOException {
        tree.commit();
        g.writeArrayFieldStart("files");
        try {
            tree.apply(entries, change -> {
                try {
                    writeChange(g, change);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndArray();
    }

    private static void writeChange(JsonGenerator g, FileTree.LayerChange change) throws IOException {
        FileTree.Node n = change.node();
        g.writeStartObject();
        g.writeStringField("path", change.path());
        g.writeStringField("change", change.change().label());
        g.writeStringField("type", n.type().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("size", n.size());
        g.writeStringField("mode", String.format("%04o", n.rawMode() & 07777));
        g.writeNumberField("uid", n.uid());
        g.writeNumberField("gid", n.gid());
        if (n.link() != null) {
            g.writeStringField("link", n.link());
        }
        g.writeEndObject();
    }

    private static void writeWaste(JsonGenerator g, ExactWaste w, Annotations annotations) throws IOException {
        g.writeObjectFieldStart("waste");
        g.writeNumberField("bytes", w.bytes());
        g.writeNumberField("contentBytes", w.contentBytes());
        g.writeNumberField("share", w.share());
        g.writeArrayFieldStart("files");
        for (WastedFile f : w.files()) {
            g.writeStartObject();
            g.writeStringField("path", absolute(f.path()));
            g.writeNumberField("bytes", f.bytes());
            g.writeNumberField("layer", f.layer());
            g.writeNumberField("hiddenByLayer", f.hiddenByLayer());
            g.writeStringField("kind", f.kind().label());
            g.writeStringField("hiddenAt", absolute(f.hiddenAt()));
            annotations.wastedFileFields(g, f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code /path}, the form of dive's {@code inefficientFiles} (the analyzer's paths are relative). */
    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static void writeDive(JsonGenerator g, DiveMetrics d) throws IOException {
        g.writeObjectFieldStart("dive");
        g.writeNumberField("efficiency", d.efficiency());
        g.writeNumberField("sizeBytes", d.sizeBytes());
        g.writeNumberField("userSizeBytes", d.userSizeBytes());
        g.writeNumberField("wastedBytes", d.wastedBytes());
        g.writeFieldName("userWastedPercent");
        if (Double.isFinite(d.userWastedPercent())) {
            g.writeNumber(d.userWastedPercent());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("inefficientFiles");
        for (InefficientFile f : d.inefficientFiles()) {
            g.writeStartObject();
            g.writeStringField("path", f.path());
            g.writeNumberField("count", f.count());
            g.writeNumberField("cumulativeBytes", f.cumulativeBytes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
