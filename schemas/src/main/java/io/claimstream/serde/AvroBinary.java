package io.claimstream.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * A record's plain Avro binary encoding, without the wire format's schema id: what two runs on two registries can
 * compare byte for byte.
 */
public final class AvroBinary {

    private AvroBinary() {
    }

    public static byte[] encode(SpecificRecordBase record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecordBase>(record.getSchema(), record.getSpecificData()).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new AvroEncodingException("cannot write " + record.getSchema().getFullName() + ": " + e, e);
        }
        return out.toByteArray();
    }
}
