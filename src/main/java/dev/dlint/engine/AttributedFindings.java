package dev.dlint.engine;

import dev.dlint.attribution.Attribution;
import dev.dlint.attribution.LayerSource;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Finding;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.Related;
import dev.dlint.rule.TextLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * With {@code dlint image --dockerfile}: moves the findings about a path in a layer to the instruction that made the
 * layer (its whole range), with the other layers involved (the one that deleted or overwrote the bytes, another
 * copy) as related locations at their instructions. Findings about the configuration, the whole image or a layer
 * without a source stay with the image.
 */
final class AttributedFindings {

    /**
     * The two halves.
     *
     * @param image      what stays with the archive
     * @param dockerfile what moved to the Dockerfile, in position order
     */
    record Split(FileResult image, FileResult dockerfile) {
    }

    private AttributedFindings() {
    }

    static Split split(FileResult imageResult, Attribution attribution, Dockerfile dockerfile) {
        List<Finding> stay = new ArrayList<>();
        List<Finding> moved = new ArrayList<>();
        for (Finding finding : imageResult.findings()) {
            Optional<Finding> relocated = relocate(finding, attribution);
            if (relocated.isPresent()) {
                moved.add(relocated.get());
            } else {
                stay.add(finding);
            }
        }
        moved.sort(Comparator.comparingInt((Finding f) -> f.range().startLine())
                .thenComparingInt(f -> f.range().startColumn()).thenComparing(Finding::rule));
        FileResult image = new FileResult(imageResult.path(), imageResult.source(), stay, imageResult.readError(),
                imageResult.failureThreshold());
        FileResult text = new FileResult(attribution.file(), Optional.of(dockerfile.source()), moved, Optional.empty(),
                imageResult.failureThreshold());
        return new Split(image, text);
    }

    private static Optional<Finding> relocate(Finding finding, Attribution attribution) {
        if (!(finding.location() instanceof ImageLocation)) {
            return Optional.empty();
        }
        ImageLocation at = (ImageLocation) finding.location();
        if (at.layer() < 0 || at.path().isEmpty()) {
            return Optional.empty();
        }
        Optional<LayerSource> source = attribution.source(at.layer());
        if (source.isEmpty()) {
            return Optional.empty();
        }
        List<Related> related = new ArrayList<>(finding.related());
        for (ImageLocation.OtherLayer other : at.others()) {
            Optional<LayerSource> otherSource = attribution.source(other.layer());
            if (otherSource.isPresent() && !otherSource.get().range().equals(source.get().range())) {
                related.add(new Related("Line " + otherSource.get().line() + " (layer " + other.layer() + ") "
                        + String.format(java.util.Locale.ROOT, other.role(), "`" + at.path() + "`"),
                        otherSource.get().range()));
            }
        }
        return Optional.of(new Finding(finding.rule(), finding.severity(), finding.message(),
                new TextLocation(source.get().range()), related, finding.fix(), finding.suppression(),
                finding.aliases()));
    }
}
