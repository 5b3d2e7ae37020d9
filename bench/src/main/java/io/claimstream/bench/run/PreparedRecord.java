package io.claimstream.bench.run;

/** An article serialised once (Confluent wire format), so every phase publishes exactly the same bytes. */
record PreparedRecord(byte[] key, byte[] value) {

    long bytes() {
        return key.length + value.length;
    }
}
