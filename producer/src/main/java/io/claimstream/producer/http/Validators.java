package io.claimstream.producer.http;

/** Conditional-GET validators a server gave us last time; either may be null. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
