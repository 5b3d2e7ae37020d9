package io.claimstream.stack;

/** What stopping one process of the stack came to. */
public enum StopOutcome {
    /** It was not running (or the PID now belongs to another program, which we leave alone). */
    ALREADY_STOPPED,
    /** It exited after SIGTERM within the grace period. */
    STOPPED,
    /** It ignored SIGTERM and was killed. */
    KILLED,
    /** Even SIGKILL did not end it within 10 s; should not happen. */
    STILL_RUNNING
}
