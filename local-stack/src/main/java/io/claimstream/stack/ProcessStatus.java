package io.claimstream.stack;

import java.util.Map;

/** One process of the stack as {@code stack status} sees it. */
public record ProcessStatus(String role, long pid, boolean running, Map<String, Integer> ports, String logFile) {
}
