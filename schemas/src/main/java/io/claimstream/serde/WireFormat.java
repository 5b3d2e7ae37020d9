package io.claimstream.serde;

import java.nio.ByteBuffer;

/** The 5-byte header of the Confluent wire format: magic byte 0, then the schema id as a big-endian int. */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    /** Writes the header for {@code schemaId} into the first 5 bytes of {@code target}. */
    public static void writeHeader(int schemaId, byte[] target) {
        ByteBuffer.wrap(target, 0, HEADER_LENGTH).put(MAGIC_BYTE).putInt(schemaId);
    }

    /** The schema id in the header, or a {@link WireFormatException} when the bytes are not in the wire format. */
    public static int schemaId(byte[] data) {
        if (data.length < HEADER_LENGTH) {
            throw new WireFormatException(SerdeFailure.TOO_SHORT,
                    "record has " + data.length + " bytes, fewer than the " + HEADER_LENGTH + "-byte header");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new WireFormatException(SerdeFailure.BAD_MAGIC_BYTE,
                    String.format("first byte is 0x%02x, not the magic byte 0x00", data[0] & 0xff));
        }
        return ByteBuffer.wrap(data, 1, 4).getInt();
    }
}
