package dev.dlint.report;

/**
 * Escaping for XML 1.0 output. Characters XML cannot carry (controls other than tab, line feed and carriage return,
 * unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD; in attributes, line breaks and tabs are written as character
 * references so parsers do not normalise them to spaces.
 */
final class XmlText {

    private XmlText() {
    }

    /** Text for a double- or single-quoted attribute value. */
    static String attribute(String value) {
        return escape(value, true);
    }

    /** Text for element content. */
    static String content(String value) {
        return escape(value, false);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
                continue;
            }
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append(attribute ? "&quot;" : "\"");
                    break;
                case '\'':
                    out.append(attribute ? "&apos;" : "'");
                    break;
                case '\n':
                    out.append(attribute ? "&#10;" : "\n");
                    break;
                case '\r':
                    out.append("&#13;");
                    break;
                case '\t':
                    out.append(attribute ? "&#9;" : "\t");
                    break;
                default:
                    boolean illegal = c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
                    out.append(illegal ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
