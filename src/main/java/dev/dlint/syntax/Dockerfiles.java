package dev.dlint.syntax;

import dev.dlint.model.Dockerfile;
import dev.dlint.text.SourceText;

/** Entry point: reads Dockerfile bytes into the typed model. Never throws on bad input. */
public final class Dockerfiles {

    private Dockerfiles() {
    }

    public static Dockerfile parse(String path, byte[] bytes) {
        return parse(path, SourceText.decode(bytes), BuildArgs.none());
    }

    public static Dockerfile parse(String path, byte[] bytes, BuildArgs buildArgs) {
        return parse(path, SourceText.decode(bytes), buildArgs);
    }

    public static Dockerfile parse(String path, SourceText source, BuildArgs buildArgs) {
        return ModelBuilder.build(path, SyntaxTree.parse(source), buildArgs);
    }
}
