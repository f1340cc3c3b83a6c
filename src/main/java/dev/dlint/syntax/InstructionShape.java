package dev.dlint.syntax;

import dev.dlint.text.GoSpace;
import java.util.Locale;

/**
 * How BuildKit's node parser splits one logical instruction line: the keyword, where the generic flag words end,
 * where the arguments start, and which argument form the keyword's line parser applies (JSON or not included).
 * Offsets index the logical line's text. The lexer uses this to choose its modes; the line scanner uses it to
 * decide whether heredocs can follow.
 */
public record InstructionShape(
        String keyword,
        int keywordEnd,
        int restStart,
        int restEnd,
        ArgumentForm form,
        JsonArgs.Result json,
        int healthTypeEnd,
        int healthCommandStart,
        InstructionShape trigger) {

    /** The argument shapes of BuildKit's dispatch table. */
    public enum ArgumentForm {
        /** One JSON array of strings ({@code RUN ["a"]}, {@code COPY ["a", "b"]}). */
        JSON,
        /** The whole rest verbatim (shell form, USER, WORKDIR, …). */
        TEXT,
        /** Split on {@code [\t\v\f\r ]+} (FROM, EXPOSE, non-JSON COPY/ADD/VOLUME). */
        WORDS,
        /** Quote-aware words (ENV, LABEL, ARG). */
        KEY_VALUE,
        /** HEALTHCHECK: a type word, then the RUN-like rule for the rest. */
        HEALTHCHECK,
        /** ONBUILD: a nested instruction line. */
        TRIGGER,
        /** Unknown keywords: BuildKit ignores the arguments. */
        IGNORED
    }

    public String keywordLower() {
        return keyword.toLowerCase(Locale.ROOT);
    }

    public boolean hasRest() {
        return restStart < restEnd;
    }

    /** Whether BuildKit parsed the arguments as a JSON string array. */
    public boolean isJsonForm() {
        return json instanceof JsonArgs.Strings;
    }

    /** BuildKit's {@code canContainHeredoc}: RUN/COPY/ADD not in JSON form, also as an ONBUILD trigger. */
    public boolean canContainHeredoc() {
        InstructionShape node = form == ArgumentForm.TRIGGER && trigger != null ? trigger : this;
        String kw = node.keywordLower();
        boolean heredocKeyword = kw.equals("run") || kw.equals("copy") || kw.equals("add");
        return heredocKeyword && !(node.json instanceof JsonArgs.Strings) && !(node.json instanceof JsonArgs.NonStringElement);
    }

    /** Analyses {@code line[from, to)}, which must be trimmed as BuildKit's {@code splitCommand} trims it. */
    public static InstructionShape analyze(CharSequence line, int from, int to) {
        int keywordEnd = from;
        while (keywordEnd < to && !GoSpace.isFieldSeparator(line.charAt(keywordEnd))) {
            keywordEnd++;
        }
        String keyword = line.subSequence(from, keywordEnd).toString();
        int restStart = to;
        if (keywordEnd < to) {
            int afterSeparator = keywordEnd;
            while (afterSeparator < to && GoSpace.isFieldSeparator(line.charAt(afterSeparator))) {
                afterSeparator++;
            }
            restStart = GoSpace.skipSpace(line, FlagWords.end(line, afterSeparator, to), to);
        }
        int restEnd = GoSpace.trimEnd(line, restStart, to);
        return forKeyword(line, keyword, keywordEnd, restStart, restEnd);
    }

    private static InstructionShape forKeyword(CharSequence line, String keyword, int keywordEnd, int restStart, int restEnd) {
        String kw = keyword.toLowerCase(Locale.ROOT);
        JsonArgs.Result notJson = new JsonArgs.NotJson();
        switch (kw) {
            case "run":
            case "cmd":
            case "entrypoint":
            case "shell": {
                JsonArgs.Result json = restStart < restEnd ? JsonArgs.parse(line, restStart, restEnd) : notJson;
                ArgumentForm form = json instanceof JsonArgs.Strings ? ArgumentForm.JSON : ArgumentForm.TEXT;
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, form, json, -1, -1, null);
            }
            case "add":
            case "copy":
            case "volume": {
                JsonArgs.Result json = JsonArgs.parse(line, restStart, restEnd);
                ArgumentForm form = json instanceof JsonArgs.Strings ? ArgumentForm.JSON : ArgumentForm.WORDS;
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, form, json, -1, -1, null);
            }
            case "from":
            case "expose":
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, ArgumentForm.WORDS, notJson, -1, -1, null);
            case "env":
            case "label":
            case "arg":
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, ArgumentForm.KEY_VALUE, notJson, -1, -1, null);
            case "maintainer":
            case "user":
            case "workdir":
            case "stopsignal":
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, ArgumentForm.TEXT, notJson, -1, -1, null);
            case "healthcheck":
                return healthcheck(line, keyword, keywordEnd, restStart, restEnd);
            case "onbuild": {
                InstructionShape trigger = restStart < restEnd ? analyze(line, restStart, restEnd) : null;
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, ArgumentForm.TRIGGER, notJson, -1, -1, trigger);
            }
            default:
                return new InstructionShape(keyword, keywordEnd, restStart, restEnd, ArgumentForm.IGNORED, notJson, -1, -1, null);
        }
    }

    /** BuildKit's {@code parseHealthConfig}: the first word is the type, the rest follows the RUN rule. */
    private static InstructionShape healthcheck(CharSequence line, String keyword, int keywordEnd, int restStart, int restEnd) {
        int typeEnd = restStart;
        while (typeEnd < restEnd && !FlagWords.isByteSpace(line.charAt(typeEnd))) {
            typeEnd++;
        }
        int commandStart = typeEnd;
        while (commandStart < restEnd && FlagWords.isByteSpace(line.charAt(commandStart))) {
            commandStart++;
        }
        JsonArgs.Result json = commandStart < restEnd ? JsonArgs.parse(line, commandStart, restEnd) : new JsonArgs.NotJson();
        return new InstructionShape(keyword, keywordEnd, restStart, restEnd, ArgumentForm.HEALTHCHECK, json, typeEnd, commandStart, null);
    }
}
