package dev.dlint.syntax;

import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Word;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Locale;

/** Entry point: reads Dockerfile bytes into the typed model. Never throws on bad input. */
public final class Dockerfiles {

    private Dockerfiles() {
    }

    public static Dockerfile parse(String path, byte[] bytes) {
        return parse(path, SourceText.decode(bytes));
    }

    public static Dockerfile parse(String path, SourceText source) {
        return ModelBuilder.build(path, SyntaxTree.parse(source), Dockerfiles::literalBase);
    }

    /** Resolves a FROM word without variables: scratch, an earlier stage, or an external image. */
    static BaseImage literalBase(FromInstruction from, List<String> earlierStages, int index) {
        if (from.image().isEmpty()) {
            return new BaseImage.Unresolved(null, "", "FROM has no image");
        }
        Word word = from.image().get();
        String text = word.text();
        if (text.contains("$")) {
            return new BaseImage.Unresolved(word, text, "uses variables");
        }
        int stage = earlierStages.lastIndexOf(text.toLowerCase(Locale.ROOT));
        if (stage >= 0) {
            return new BaseImage.StageBase(word, stage);
        }
        if (text.equalsIgnoreCase("scratch")) {
            return new BaseImage.Scratch(word);
        }
        return new BaseImage.External(word, ImageReference.parse(text, word::range));
    }
}
