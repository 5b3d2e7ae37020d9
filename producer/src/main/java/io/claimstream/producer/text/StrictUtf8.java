package io.claimstream.producer.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8 and refuses anything else. The default Java decoders replace bad bytes with U+FFFD, which
 * would silently publish mojibake; here a bad byte is a result the caller must handle.
 */
public final class StrictUtf8 {

    /** Outcome of decoding: text, binary content, or invalid UTF-8 with the byte offset of the first bad sequence. */
    public sealed interface Decoded permits Text, Binary, Invalid {
    }

    public record Text(String value) implements Decoded {
    }

    public record Binary(String why) implements Decoded {
    }

    public record Invalid(String why) implements Decoded {
    }

    private StrictUtf8() {
    }

    public static Decoded decode(byte[] bytes) {
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            // Text never contains NUL; its presence means an image, PDF, archive... rather than a broken encoding.
            return new Binary("NUL byte at offset " + nul + ": binary content, not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return new Invalid("invalid UTF-8 near byte offset " + in.position() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
