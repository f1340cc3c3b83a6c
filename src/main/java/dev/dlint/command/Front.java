package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.List;
import java.util.Objects;

/**
 * The program through which a tool was run: the {@code python3 -m} of {@code python3 -m pip install x}, the {@code uv} of
 * {@code uv pip install x}.
 *
 * @param tool    the front's canonical name ({@code python}, {@code uv})
 * @param text    how it reads, normalised: {@code python3.11 -m}, {@code uv}
 * @param words   its words, up to the one naming the tool (which is included when the two share a word, as in {@code -mpip})
 * @param options the front's own options, given before the tool's name ({@code -I} of {@code python -I -m pip},
 *                {@code --no-cache} of {@code uv --no-cache pip install}); they are not in {@link Invocation#options()}
 * @param span    from the front's first word to the end of its last
 */
public record Front(String tool, String text, List<Word> words, List<Option> options, Span span) {
    public Front {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        options = List.copyOf(options);
        Objects.requireNonNull(span, "span");
    }
}
