package io.claimstream.registry;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Small hand-made schemas for registry tests: a record in two compatible versions and one breaking change. */
final class TestSchemas {

    private TestSchemas() {
    }

    static Schema paymentV1() {
        return SchemaBuilder.record("Payment").namespace("test").fields()
                .requiredString("id").requiredDouble("amount").endRecord();
    }

    /** Adds a field with a default: new readers can read v1 data. */
    static Schema paymentV2WithDefaultedCurrency() {
        return SchemaBuilder.record("Payment").namespace("test").fields()
                .requiredString("id").requiredDouble("amount")
                .name("currency").type().stringType().stringDefault("EUR").endRecord();
    }

    /** Adds a field without a default: v1 data has nothing to fill it with, so not BACKWARD compatible. */
    static Schema paymentV2WithRequiredCurrency() {
        return SchemaBuilder.record("Payment").namespace("test").fields()
                .requiredString("id").requiredDouble("amount").requiredString("currency").endRecord();
    }
}
