package dev.dlint.report.image;

import static dev.dlint.report.Ansi.BOLD;
import static dev.dlint.report.Ansi.DIM;
import static dev.dlint.report.Ansi.RED;

import dev.dlint.attribution.Attribution;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.ImageResult;
import dev.dlint.image.CreatedBy;
import dev.dlint.image.Image;
import dev.dlint.image.Layer;
import dev.dlint.image.analysis.ByteSizes;
import dev.dlint.image.analysis.DiveMetrics;
import dev.dlint.image.analysis.ExactWaste;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.GateStatus;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.LayerWaste;
import dev.dlint.report.Ansi;
import dev.dlint.report.SeverityCounts;
import dev.dlint.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terminal view of {@code dlint image}: a header, the layer table with proportional bars, the top wasted paths
 * grouped by directory, the findings, dive's numbers and the CI gates, and a one-line summary. Only renders.
 */
public final class ImageTtyReporter {

    /** Rows of the wasted-paths table. */
    static final int TOP_PATHS = 10;
    private static final int BAR = 20;
    private static final int MIN_WIDTH = 60;
    private static final String GREEN = "\u001b[1;32m";

    private final boolean color;
    private final int width;

    /**
     * @param color whether to use ANSI colours
     * @param width the terminal width in columns (at least 60 is used)
     */
    public ImageTtyReporter(boolean color, int width) {
        this.color = color;
        this.width = Math.max(MIN_WIDTH, width);
    }

    public void write(ImageResult report, Writer out) throws IOException {
        ImageAnalysis a = report.analysis();
        Optional<Attribution> lines = report.attribution();
        header(a, out);
        attribution(lines, out);
        incomplete(a, out);
        layers(a, lines, out);
        wastedPaths(a, lines, out);
        warnings(a, out);
        for (FileResult result : report.results()) {
            findings(result, report.dockerfileResult().isPresent(), out);
        }
        crossChecks(report, out);
        gates(a.dive(), report.gates(), out);
        out.write(summary(report) + "\n");
        out.flush();
    }

    private void header(ImageAnalysis a, Writer out) throws IOException {
        Image image = a.image();
        long compressed = image.layers().stream().mapToLong(Layer::compressedBytes).sum();
        String name = image.name().isEmpty() ? "unnamed image" : image.name();
        String where = image.platform().isEmpty() ? layout(image) : image.platform() + ", " + layout(image);
        out.write(paint(BOLD, clean(image.input())) + ": " + clean(name) + " (" + clean(where) + "), "
                + plural(image.layers().size(), "layer") + ", " + size(a.dive().sizeBytes()) + " in files, "
                + size(compressed) + " of layer blobs" + (a.runsAsRoot() ? ", runs as root" : ", user " + clean(a.configUser()))
                + "\n\n");
    }

    /** With --dockerfile: which file and stage, how many layers were tied to lines, and what was uncertain. */
    private void attribution(Optional<Attribution> lines, Writer out) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        Attribution a = lines.get();
        Set<String> methods = new TreeSet<>();
        a.layers().forEach(s -> s.ifPresent(l -> methods.add(l.match().label())));
        out.write(paint(BOLD, "Dockerfile") + ": " + clean(a.file()) + ", stage " + clean(a.stage()) + ": "
                + a.attributed() + " of " + plural(a.layers().size(), "layer") + " tied to lines"
                + (methods.isEmpty() ? "" : " (from the " + String.join(" and ", methods) + ")") + "\n");
        for (String note : a.notes()) {
            out.write(wrap(clean(note), "  ", "    "));
        }
        out.write("\n");
    }

    /** {@code Containerfile:17}: the file name and line of the layer's instruction, or {@code ""}. */
    private static String line(Optional<Attribution> lines, int layer) {
        if (lines.isEmpty()) {
            return "";
        }
        return lines.get().source(layer).map(l -> {
            String file = l.file();
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            return file.substring(slash + 1) + ":" + l.line() + (l.uncertain() ? "?" : "");
        }).orElse("-");
    }

    /** An incomplete image analysed with --ignore-errors: what is missing, before any number. */
    private void incomplete(ImageAnalysis a, Writer out) throws IOException {
        if (!a.partial()) {
            return;
        }
        out.write(paint(RED, "Incomplete image") + ": the result is partial; every number below covers only the"
                + " layers that could be read\n");
        for (dev.dlint.image.IntegrityProblem p : a.problems()) {
            out.write(wrap(clean(p.message()), "  ", "    "));
        }
        out.write("\n");
    }

    private void layers(ImageAnalysis a, Optional<Attribution> lines, Writer out) throws IOException {
        List<Layer> layers = a.image().layers();
        List<LayerWaste> waste = a.waste().layers();
        long largest = layers.stream().mapToLong(Layer::contentBytes).max().orElse(0);
        int indexWidth = Math.max(1, String.valueOf(Math.max(0, layers.size() - 1)).length());
        String columns = "  %" + indexWidth + "s  %8s  %8s  ";
        out.write(paint(BOLD, "Layers") + " " + paint(DIM, "(size: the files a layer stores; wasted: the part later"
                + " layers hide" + (color ? "; green kept, red wasted" : "; █ kept, ░ wasted") + ")") + "\n");
        int lineWidth = 0;
        for (Layer layer : layers) {
            lineWidth = Math.max(lineWidth, line(lines, layer.index()).length());
        }
        lineWidth = lines.isEmpty() ? 0 : Math.max(lineWidth, "line".length());
        String lineColumn = lineWidth == 0 ? "" : "%-" + lineWidth + "s  ";
        out.write(String.format(columns, "#", "size", "wasted") + " ".repeat(BAR) + "  "
                + (lineWidth == 0 ? "" : String.format(lineColumn, "line")) + "created by\n");
        int commandWidth = Math.max(20, width - (2 + indexWidth + 2 + 8 + 2 + 8 + 2 + BAR + 2
                + (lineWidth == 0 ? 0 : lineWidth + 2)));
        for (Layer layer : layers) {
            long hidden = layer.index() < waste.size() ? waste.get(layer.index()).hiddenBytes() : 0;
            String command = CreatedBy.readable(layer.createdBy());
            command = command.isEmpty() ? "(no history)" : command;
            if (layer.missing()) {
                command = "(content unknown) " + command;
            }
            out.write(String.format(columns, layer.index(), size(layer.contentBytes()), size(hidden))
                    + bar(layer.contentBytes(), hidden, largest) + "  "
                    + (lineWidth == 0 ? "" : String.format(lineColumn, clean(line(lines, layer.index()))))
                    + CreatedBy.abbreviate(clean(command), commandWidth) + "\n");
        }
        out.write("\n");
    }

    /** A bar proportional to the layer's size relative to the largest layer; the hidden share is drawn apart. */
    private String bar(long size, long hidden, long largest) {
        int length = largest == 0 || size == 0 ? 0 : (int) Math.max(1, Math.round((double) size / largest * BAR));
        int wasted = size == 0 ? 0 : (int) Math.round((double) Math.min(hidden, size) / size * length);
        if (hidden > 0 && wasted == 0 && length > 1) {
            wasted = 1;
        }
        int kept = length - wasted;
        String keptBar = "█".repeat(kept);
        String wastedBar = color ? "█".repeat(wasted) : "░".repeat(wasted);
        return paint(GREEN, keptBar) + paint(RED, wastedBar) + " ".repeat(BAR - length);
    }

    private void wastedPaths(ImageAnalysis a, Optional<Attribution> lines, Writer out) throws IOException {
        ExactWaste waste = a.waste();
        if (waste.bytes() == 0) {
            out.write(paint(BOLD, "Wasted bytes") + (a.partial() ? ": none in the layers that could be read (the image"
                    + " is incomplete)\n\n" : ": none, every stored file is visible in the final filesystem\n\n"));
            return;
        }
        out.write(paint(BOLD, "Top wasted paths") + ": " + size(waste.bytes()) + " wasted, "
                + String.format(Locale.ROOT, "%.1f %%", waste.share() * 100) + " of the " + size(waste.contentBytes())
                + " stored in files\n");
        List<WastedPaths.Row> rows = WastedPaths.of(waste);
        List<WastedPaths.Row> shown = rows.subList(0, Math.min(TOP_PATHS, rows.size()));
        int byWidth = 20;
        for (WastedPaths.Row row : shown) {
            byWidth = Math.max(byWidth, writtenAndHidden(row, lines).length());
        }
        String format = "  %8s  %5s  %-" + byWidth + "s  %-18s  %s\n";
        out.write(String.format(format, "bytes", "files", "written → hidden by", "kind", "path"));
        int pathWidth = Math.max(20, width - (2 + 8 + 2 + 5 + 2 + byWidth + 2 + 18 + 2));
        for (WastedPaths.Row row : shown) {
            out.write(String.format(format, size(row.bytes()), row.files(), clean(writtenAndHidden(row, lines)),
                    row.kind().label(), tail(clean(row.path()), pathWidth)));
        }
        if (rows.size() > TOP_PATHS) {
            long rest = rows.subList(TOP_PATHS, rows.size()).stream().mapToLong(WastedPaths.Row::bytes).sum();
            out.write(paint(DIM, "  … and " + (rows.size() - TOP_PATHS) + " more (" + size(rest) + ")") + "\n");
        }
        out.write("\n");
    }

    /** {@code layer 3 → layer 6}, with --dockerfile {@code layer 3 (Containerfile:17) → layer 6 (Containerfile:21)}. */
    private static String writtenAndHidden(WastedPaths.Row row, Optional<Attribution> lines) {
        String writer = line(lines, row.layer());
        String hider = line(lines, row.hiddenByLayer());
        return "layer " + row.layer() + (writer.isEmpty() ? "" : " (" + writer + ")") + " → layer "
                + row.hiddenByLayer() + (hider.isEmpty() ? "" : " (" + hider + ")");
    }

    private void warnings(ImageAnalysis a, Writer out) throws IOException {
        if (a.warnings().isEmpty()) {
            return;
        }
        out.write(paint(BOLD, "Warnings") + "\n");
        for (String warning : a.warnings()) {
            out.write(wrap(clean(warning), "  ", "    "));
        }
        out.write("\n");
    }

    /**
     * The findings of one result; with {@code --dockerfile} the Dockerfile's come first, each at its line with the
     * related lines below it, then the image's ({@code inFiles} names the file in each title).
     */
    private void findings(FileResult result, boolean inFiles, Writer out) throws IOException {
        if (result.readError().isPresent()) {
            out.write(paint(RED, "error") + " " + clean(result.readError().get()) + "\n\n");
        }
        List<Finding> findings = result.reported();
        String title = inFiles ? "Findings in " + clean(result.path()) : "Findings";
        if (findings.isEmpty()) {
            out.write(paint(BOLD, title) + ": none\n\n");
            return;
        }
        out.write(paint(BOLD, title) + "\n");
        for (Finding f : findings) {
            String at = f.logicalLocation().map(l -> " " + paint(DIM, "at " + clean(l)))
                    .orElse(" " + paint(DIM, "at line " + f.range().startLine()
                            + (f.range().endLine() > f.range().startLine() ? "-" + f.range().endLine() : "")));
            out.write("  " + paint(Ansi.of(f.severity()), f.severity().label()) + " " + paint(BOLD, f.rule()) + at
                    + "\n");
            out.write(wrap(clean(f.message()), "    ", "    "));
            for (dev.dlint.rule.Related related : f.related()) {
                out.write(wrap(paint(DIM, "↳ " + clean(related.message())), "    ", "      "));
            }
        }
        out.write("\n");
    }

    /** With --dockerfile: what the image measured for the Dockerfile rules that predict layer waste. */
    private void crossChecks(ImageResult report, Writer out) throws IOException {
        if (report.crossChecks().isEmpty()) {
            return;
        }
        out.write(paint(BOLD, "Dockerfile rules, measured on the image") + "\n");
        for (dev.dlint.engine.CrossCheck check : report.crossChecks()) {
            out.write(wrap("line " + check.finding().range().startLine() + ": " + clean(check.summary()), "  ",
                    "    "));
        }
        out.write("\n");
    }

    private void gates(DiveMetrics dive, List<GateResult> gates, Writer out) throws IOException {
        out.write(paint(BOLD, "dive") + ": efficiency " + percent(dive.efficiency()) + ", wasted "
                + exact(dive.wastedBytes()) + ", user wasted " + userWasted(dive) + " of "
                + exact(dive.userSizeBytes()) + " added above layer 0\n");
        if (gates.isEmpty()) {
            out.write("\n");
            return;
        }
        out.write(paint(BOLD, "CI gates") + "\n");
        int nameWidth = gates.stream().mapToInt(g -> g.name().length()).max().orElse(0);
        for (GateResult gate : gates) {
            String status = gate.status().name();
            String painted = gate.status() == GateStatus.FAIL ? paint(RED, status)
                    : gate.status() == GateStatus.PASS ? paint(GREEN, status) : paint(DIM, status);
            out.write("  " + painted + " ".repeat(6 - status.length()) + String.format("%-" + nameWidth + "s", gate.name())
                    + "  " + clean(gate.message()) + "\n");
        }
        out.write("\n");
    }

    private String summary(ImageResult report) {
        ImageAnalysis a = report.analysis();
        StringBuilder line = new StringBuilder();
        line.append(plural(a.image().layers().size(), "layer")).append(", ").append(size(a.dive().sizeBytes()))
                .append(", ").append(size(a.waste().bytes())).append(" wasted (")
                .append(String.format(Locale.ROOT, "%.1f %%", a.waste().share() * 100)).append("); ");
        List<Finding> findings = report.results().stream().flatMap(r -> r.reported().stream()).toList();
        if (findings.isEmpty()) {
            line.append("no problems");
        } else {
            line.append(plural(findings.size(), "problem")).append(" (").append(SeverityCounts.of(findings)).append(')');
        }
        long failed = report.gates().stream().filter(g -> g.status() == GateStatus.FAIL).count();
        long passed = report.gates().stream().filter(g -> g.status() == GateStatus.PASS).count();
        long skipped = report.gates().stream().filter(g -> g.status() == GateStatus.SKIP).count();
        if (!report.gates().isEmpty()) {
            line.append("; gates: ");
            String sep = "";
            if (failed > 0) {
                line.append(failed).append(" failed");
                sep = ", ";
            }
            if (passed > 0) {
                line.append(sep).append(passed).append(" passed");
                sep = ", ";
            }
            if (skipped > 0) {
                line.append(sep).append(skipped).append(" skipped");
            }
        }
        if (a.partial()) {
            line.append("; PARTIAL: the image is incomplete");
        }
        boolean bad = !findings.isEmpty() || failed > 0 || a.partial();
        return paint(bad ? BOLD : GREEN, line.toString());
    }

    private static String userWasted(DiveMetrics dive) {
        double v = dive.userWastedPercent();
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Double.isInfinite(v) ? "∞ %" : percent(v);
    }

    /** Bytes exactly, as dive prints them, with the rounded size: {@code 32025 bytes (32 kB)}. */
    private static String exact(long bytes) {
        return bytes + (bytes == 1 ? " byte" : " bytes") + (bytes < 1000 ? "" : " (" + size(bytes) + ")");
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f %%", ratio * 100);
    }

    private static String layout(Image image) {
        return image.layout().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String size(long bytes) {
        return ByteSizes.format(bytes);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String clean(String text) {
        return TerminalText.clean(text);
    }

    /** The end of {@code text} when it is too long: {@code …/lib/python3.11/site-packages/x}. */
    private static String tail(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return "…" + text.substring(text.length() - (max - 1));
    }

    /** Word-wraps {@code text} to the width, the first line after {@code first}, the others after {@code rest}. */
    private String wrap(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        int indent = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > indent && line.length() + 1 + word.length() > width) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(rest);
                indent = rest.length();
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
        return out.toString();
    }

    private String paint(String code, String text) {
        return Ansi.paint(color, code, text);
    }
}
