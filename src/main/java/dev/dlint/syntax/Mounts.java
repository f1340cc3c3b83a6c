package dev.dlint.syntax;

import dev.dlint.model.Flag;
import dev.dlint.model.Mount;
import dev.dlint.model.Word;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Splits a {@code --mount} value into its comma-separated CSV fields, each {@code key=value} or a bare key. */
final class Mounts {

    private Mounts() {
    }

    static Mount parse(Flag flag) {
        Word word = flag.word();
        String raw = word.text();
        int valueStart = raw.indexOf('=') + 1;
        List<Mount.Option> options = new ArrayList<>();
        if (valueStart <= 0) {
            return new Mount(flag, options);
        }
        int fieldStart = valueStart;
        boolean quoted = false;
        for (int i = valueStart; i <= raw.length(); i++) {
            char c = i < raw.length() ? raw.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                if (i > fieldStart) {
                    options.add(option(word, fieldStart, i));
                }
                fieldStart = i + 1;
            }
        }
        return new Mount(flag, options);
    }

    private static Mount.Option option(Word word, int start, int end) {
        String field = FlagWords.value(word.text(), start, end).trim();
        SourceRange range = word.range(start, end);
        int eq = field.indexOf('=');
        if (eq < 0) {
            return new Mount.Option(field.toLowerCase(Locale.ROOT), Optional.empty(), range);
        }
        return new Mount.Option(field.substring(0, eq).trim().toLowerCase(Locale.ROOT),
                Optional.of(field.substring(eq + 1)), range);
    }
}
