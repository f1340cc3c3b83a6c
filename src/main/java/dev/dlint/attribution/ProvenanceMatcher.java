package dev.dlint.attribution;

import dev.dlint.image.Image;
import dev.dlint.image.Layer;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ties layers to instructions from a BuildKit provenance attestation ({@link ProvenanceReader}): exact, since
 * BuildKit recorded which step made each layer and where the step is in the Dockerfile. Layers the attestation does not
 * cover keep their history match.
 */
public final class ProvenanceMatcher {

    private ProvenanceMatcher() {
    }

    /**
     * @param provenance the layers' step locations by blob digest, from {@link ProvenanceReader#read}
     * @param notes      what the reading noted (an unreadable attestation), kept in the result
     */
    public static Attribution match(Image image, Dockerfile dockerfile, Stage stage, String file,
                                    Map<String, ProvenanceReader.StepLocation> provenance, List<String> notes) {
        Attribution history = HistoryMatcher.match(image, dockerfile, stage, file);
        List<String> allNotes = new ArrayList<>(notes);
        if (provenance.isEmpty()) {
            allNotes.addAll(history.notes());
            return new Attribution(file, history.stage(), history.layers(), allNotes);
        }
        List<Optional<LayerSource>> sources = new ArrayList<>();
        for (Layer layer : image.layers()) {
            ProvenanceReader.StepLocation at = layer.blobDigest() == null ? null
                    : provenance.get(layer.blobDigest().toString());
            Optional<Instruction> instruction = at == null ? Optional.empty() : instructionAt(dockerfile, at.startLine());
            if (instruction.isPresent()) {
                String note = sameFile(at.filename(), file) ? "" : "the provenance names " + at.filename()
                        + ", not " + file;
                sources.add(Optional.of(new LayerSource(file, instruction.get(), instruction.get().range(),
                        Match.PROVENANCE, instruction.get() instanceof FromInstruction, note)));
                continue;
            }
            Optional<LayerSource> fallback = history.source(layer.index());
            sources.add(fallback);
            allNotes.add("layer " + layer.index() + (at == null ? " is not in the provenance attestation"
                    : " is at line " + at.startLine() + " in the provenance, where " + file + " has no instruction")
                    + (fallback.isPresent() ? "; matched by history to line " + fallback.get().line() : ""));
        }
        return new Attribution(file, history.stage(), sources, allNotes);
    }

    private static Optional<Instruction> instructionAt(Dockerfile dockerfile, int line) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.range().startLine() <= line && line <= instruction.range().endLine()) {
                return Optional.of(instruction);
            }
        }
        return Optional.empty();
    }

    /** Whether BuildKit's file name is the file the user gave (BuildKit records the base name). */
    private static boolean sameFile(String recorded, String given) {
        if (recorded.isEmpty()) {
            return true;
        }
        String base = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        String recordedBase = recorded.substring(Math.max(recorded.lastIndexOf('/'), recorded.lastIndexOf('\\')) + 1);
        return base.equalsIgnoreCase(recordedBase);
    }
}
