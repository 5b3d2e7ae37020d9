package io.claimstream.registry;

/**
 * A registry call that failed, carrying what the registry said: the HTTP status and the Confluent {@code error_code}
 * (e.g. 40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema), or status 0 when
 * the registry could not be reached at all.
 */
public class SchemaRegistryException extends RuntimeException {
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    /** Our own code for "no answer": connection refused, timeout, unreadable response. */
    public static final int UNREACHABLE = -1;

    private final int httpStatus;
    private final int errorCode;
    private final String registryMessage;

    public SchemaRegistryException(int httpStatus, int errorCode, String registryMessage, String context) {
        this(httpStatus, errorCode, registryMessage, context, null);
    }

    public SchemaRegistryException(int httpStatus, int errorCode, String registryMessage, String context,
                                   Throwable cause) {
        super(context + ": " + (httpStatus > 0 ? "HTTP " + httpStatus + ", " : "")
                + "error_code " + errorCode + ", " + registryMessage, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.registryMessage = registryMessage;
    }

    public static SchemaRegistryException unreachable(String context, Throwable cause) {
        return new SchemaRegistryException(0, UNREACHABLE, String.valueOf(cause.getMessage()), context, cause);
    }

    /** HTTP status of the response, 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent error code from the response body, the HTTP status when the body had none, or {@link #UNREACHABLE}. */
    public int errorCode() {
        return errorCode;
    }

    /** The registry's own message, as it sent it. */
    public String registryMessage() {
        return registryMessage;
    }

    public boolean isNotFound() {
        return httpStatus == 404 || errorCode / 100 == 404;
    }

    public boolean isSchemaNotFound() {
        return errorCode == SCHEMA_NOT_FOUND;
    }

    public boolean isSubjectNotFound() {
        return errorCode == SUBJECT_NOT_FOUND;
    }

    public boolean isIncompatible() {
        return errorCode == INCOMPATIBLE_SCHEMA;
    }

    public boolean isUnreachable() {
        return errorCode == UNREACHABLE;
    }
}
