package dev.dlint.shell.expand;

/**
 * The replacement of {@code ${v//pattern/replacement}}, which BuildKit passes to Go's
 * {@code Regexp.ReplaceAllString} and which is therefore a template: {@code $$} is a dollar sign,
 * {@code $name} or {@code ${name}} refers to a capture group, and anything else after {@code $} leaves the
 * {@code $} as it is. The pattern's regular expression has no groups, so only group 0, the whole match,
 * yields text ({@code $0} or {@code ${0}}); every other reference yields nothing.
 */
final class ReplacementTemplate {

    private final String template;

    ReplacementTemplate(String template) {
        this.template = template;
    }

    void appendExpansion(StringBuilder out, String match) {
        int position = 0;
        while (true) {
            int dollar = template.indexOf('$', position);
            if (dollar < 0) {
                out.append(template, position, template.length());
                return;
            }
            out.append(template, position, dollar);
            position = dollar + 1;
            if (position < template.length() && template.charAt(position) == '$') {
                out.append('$');
                position++;
                continue;
            }
            int referenceEnd = endOfReference(position);
            if (referenceEnd < 0) {
                out.append('$');
                continue;
            }
            String name = nameOfReference(position, referenceEnd);
            if (name.equals("0")) {
                out.append(match);
            }
            position = referenceEnd;
        }
    }

    /** End of a {@code name} or {@code {name}} reference starting at {@code from}, or -1 if malformed. */
    private int endOfReference(int from) {
        boolean braced = from < template.length() && template.charAt(from) == '{';
        int nameStart = braced ? from + 1 : from;
        int nameEnd = endOfName(nameStart);
        if (nameEnd == nameStart) {
            return -1;
        }
        if (!braced) {
            return nameEnd;
        }
        return nameEnd < template.length() && template.charAt(nameEnd) == '}' ? nameEnd + 1 : -1;
    }

    private String nameOfReference(int from, int referenceEnd) {
        return template.charAt(from) == '{'
                ? template.substring(from + 1, referenceEnd - 1)
                : template.substring(from, referenceEnd);
    }

    private int endOfName(int from) {
        int position = from;
        while (position < template.length()) {
            int character = template.codePointAt(position);
            if (!Character.isLetter(character) && !Character.isDigit(character) && character != '_') {
                break;
            }
            position += Character.charCount(character);
        }
        return position;
    }
}
