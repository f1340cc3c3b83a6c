package dev.dlint.report.image;

import dev.dlint.image.analysis.DiveExport;
import dev.dlint.image.analysis.DiveMetrics;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.InefficientFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * dive's {@code --json FILE} export, byte-compatible with dive v0.13: {@code layer[]} ({@code index}, {@code id},
 * {@code digestId}, {@code sizeBytes}, {@code command}, {@code fileList[]} of {@code path}, {@code typeFlag},
 * {@code linkName}, {@code size}, {@code fileMode}, {@code uid}, {@code gid}, {@code isDir}) and {@code image}
 * ({@code sizeBytes}, {@code inefficientBytes}, {@code efficiencyScore}, {@code fileReference[]} of {@code count},
 * {@code sizeBytes}, {@code file}), in that key order, indented as Go's {@code MarshalIndent}, without a final
 * newline. Streamed layer by layer; the analysis must have kept the layers' entries.
 */
public final class DiveExportReporter {

    public void write(ImageAnalysis analysis, Writer out) throws IOException {
        if (!analysis.hasEntries() && !analysis.image().layers().isEmpty()) {
            throw new IllegalStateException("the analysis did not keep the layers' entries");
        }
        GoJson json = new GoJson(out);
        json.beginObject();
        json.name("layer");
        json.beginArray();
        List<DiveExport.LayerInfo> layers = DiveExport.layers(analysis);
        for (DiveExport.LayerInfo layer : layers) {
            json.beginObject();
            json.field("index", layer.index());
            json.field("id", layer.id());
            json.field("digestId", layer.digestId());
            json.field("sizeBytes", layer.sizeBytes());
            json.field("command", layer.command());
            json.name("fileList");
            json.beginArray();
            try {
                DiveExport.fileList(analysis.layerEntries().get(layer.index()), info -> fileInfo(json, info));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        DiveMetrics dive = analysis.dive();
        json.name("image");
        json.beginObject();
        json.field("sizeBytes", dive.sizeBytes());
        json.field("inefficientBytes", dive.wastedBytes());
        json.name("efficiencyScore");
        json.value(dive.efficiency());
        json.name("fileReference");
        json.beginArray();
        for (InefficientFile f : dive.inefficientFiles()) {
            json.beginObject();
            json.field("count", f.count());
            json.field("sizeBytes", f.cumulativeBytes());
            json.field("file", f.path());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.endObject();
        out.flush();
    }

    private static void fileInfo(GoJson json, DiveExport.FileInfo info) {
        try {
            json.beginObject();
            json.field("path", info.path());
            json.field("typeFlag", info.typeFlag());
            json.field("linkName", info.linkName());
            json.field("size", info.size());
            json.field("fileMode", info.fileMode());
            json.field("uid", info.uid());
            json.field("gid", info.gid());
            json.field("isDir", info.isDir());
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
