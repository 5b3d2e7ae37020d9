package io.claimstream.producer.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines before decoding, so one line with bad UTF-8 is rejected on its own instead of
 * failing the whole file. Lines longer than {@code keepLimit} are consumed fully but only their head is kept.
 */
final class ByteLines {

    record Line(int number, byte[] head, long length) {
        boolean truncated() {
            return length > head.length;
        }
    }

    private final InputStream in;
    private final int keepLimit;
    private int number;

    ByteLines(InputStream in, int keepLimit) {
        this.in = in;
        this.keepLimit = keepLimit;
    }

    /** The next line without its terminator (\n or \r\n), or null at end of input. */
    Line next() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long length = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (length < keepLimit) {
                head.write(b);
            }
            length++;
        }
        if (!any) {
            return null;
        }
        number++;
        byte[] bytes = head.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length == bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        return new Line(number, bytes, length);
    }
}
