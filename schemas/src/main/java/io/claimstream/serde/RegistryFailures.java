package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistryException;

/** Turns registry errors into serde failures with the reason a dead letter should carry. */
final class RegistryFailures {

    private RegistryFailures() {
    }

    static AvroSerdeException whileFetching(int schemaId, SchemaRegistryException e) {
        if (e.isNotFound()) {
            return new UnknownSchemaIdException(schemaId, e);
        }
        return general("fetching schema id " + schemaId, e);
    }

    static AvroSerdeException whileRegistering(String subject, SchemaRegistryException e) {
        if (e.isIncompatible()) {
            return new IncompatibleSchemaException("registry refused the schema under subject " + subject + ": "
                    + e.registryMessage(), e);
        }
        return general("registering the schema under subject " + subject, e);
    }

    static AvroSerdeException general(String doing, SchemaRegistryException e) {
        SerdeFailure reason = e.isUnreachable() ? SerdeFailure.REGISTRY_UNAVAILABLE : SerdeFailure.REGISTRY_ERROR;
        return new SchemaRegistryFailureException(reason, "registry failed while " + doing + ": " + e.getMessage(), e);
    }
}
