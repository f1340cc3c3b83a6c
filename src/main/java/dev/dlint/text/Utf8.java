package dev.dlint.text;

/**
 * UTF-8 decoding that keeps invalid bytes, following Go's {@code utf8.DecodeRune} error rules.
 *
 * <p>An invalid byte {@code b} is kept as the lone surrogate {@code U+DC00 + b}; {@link #rawByte(char)} recovers it.
 */
public final class Utf8 {

    private static final int RAW_BYTE_BASE = 0xDC00;

    private Utf8() {
    }

    /** Decodes {@code bytes[from, to)}. */
    public static String decodeLossless(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int width = sequenceWidth(bytes, i, to);
            if (width == 0) {
                out.append((char) (RAW_BYTE_BASE + b0));
                i++;
                continue;
            }
            int codePoint = b0 & (0xFF >> (width + 1));
            for (int k = 1; k < width; k++) {
                codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
            }
            out.appendCodePoint(codePoint);
            i += width;
        }
        return out.toString();
    }

    /**
     * Encodes text decoded by {@link #decodeLossless} back to the bytes it came from: kept raw bytes become those
     * bytes again, everything else UTF-8 (an unpaired surrogate that is not a kept byte becomes U+FFFD).
     */
    public static byte[] encodeLossless(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int raw = rawByte(c);
            int codePoint = c;
            if (raw >= 0) {
                out.write(raw);
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                codePoint = 0xFFFD;
            }
            if (codePoint < 0x80) {
                out.write(codePoint);
            } else if (codePoint < 0x800) {
                out.write(0xC0 | (codePoint >> 6));
                out.write(0x80 | (codePoint & 0x3F));
            } else if (codePoint < 0x10000) {
                out.write(0xE0 | (codePoint >> 12));
                out.write(0x80 | ((codePoint >> 6) & 0x3F));
                out.write(0x80 | (codePoint & 0x3F));
            } else {
                out.write(0xF0 | (codePoint >> 18));
                out.write(0x80 | ((codePoint >> 12) & 0x3F));
                out.write(0x80 | ((codePoint >> 6) & 0x3F));
                out.write(0x80 | (codePoint & 0x3F));
            }
        }
        return out.toByteArray();
    }

    /** The byte an undecodable input byte was kept as, or -1 if {@code c} is not such a byte. */
    public static int rawByte(char c) {
        return c >= RAW_BYTE_BASE + 0x80 && c <= RAW_BYTE_BASE + 0xFF ? c - RAW_BYTE_BASE : -1;
    }

    /** Replaces kept raw bytes and any other unpaired surrogate with U+FFFD, for output that must be valid Unicode. */
    public static String sanitize(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                bad = true;
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
            }
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Number of UTF-8 bytes the string had in the input (kept raw bytes count one each). */
    public static int encodedLength(CharSequence s, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 || rawByte(c) >= 0) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static int sequenceWidth(byte[] bytes, int i, int to) {
        int b0 = bytes[i] & 0xFF;
        int width;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            width = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            width = 3;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            width = 4;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + width > to) {
            return 0;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if (b1 < lo || b1 > hi) {
            return 0;
        }
        for (int k = 2; k < width; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return width;
    }
}
