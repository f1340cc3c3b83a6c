package dev.dlint.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether bytes are a text file dlint can lint: UTF-8 (after an optional UTF-8 byte-order mark) without NUL bytes.
 * Binary files (executables, archives) and text in other encodings are refused before parsing.
 */
public final class TextBytes {

    private TextBytes() {
    }

    /** Why these bytes are not UTF-8 text, or empty when they are. */
    public static Optional<String> whyNotText(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of("not a text file dlint can read: UTF-16 or UTF-32 (byte-order mark); save it as UTF-8");
        }
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of("not a text file: NUL byte at offset " + i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("not a text file: invalid UTF-8 at offset " + firstInvalid(bytes, from));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int from) {
        String decoded = Utf8.decodeLossless(bytes, from, bytes.length);
        int offset = from;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Utf8.rawByte(c) >= 0) {
                return offset;
            }
            if (Character.isHighSurrogate(c)) {
                offset += 4;
                i++;
            } else {
                offset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return offset;
    }
}
