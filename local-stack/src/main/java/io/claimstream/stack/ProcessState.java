package io.claimstream.stack;

import java.util.Map;

/**
 * One child process as recorded in {@code stack.json}.
 *
 * @param startedAt ISO-8601 start time reported by the OS; with the PID it identifies the process, so a reused PID
 *                  is never signalled
 */
public record ProcessState(String role, long pid, String startedAt, Map<String, Integer> ports, String logFile) {
}
