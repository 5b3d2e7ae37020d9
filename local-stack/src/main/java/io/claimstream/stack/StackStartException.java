package io.claimstream.stack;

import java.nio.file.Path;

/** The stack did not come up; the message names the log file that tells why. */
public final class StackStartException extends RuntimeException {

    private final transient Path logFile;

    StackStartException(String message, Path logFile) {
        super(logFile == null ? message : message + " (see " + logFile.toAbsolutePath() + ")");
        this.logFile = logFile;
    }

    StackStartException(String message, Path logFile, Throwable cause) {
        this(message, logFile);
        initCause(cause);
    }

    /** The log of the process that failed, or null when the failure happened before any process started. */
    public Path logFile() {
        return logFile;
    }
}
