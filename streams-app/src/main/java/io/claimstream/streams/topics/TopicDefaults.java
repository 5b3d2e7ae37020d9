package io.claimstream.streams.topics;

import java.util.Map;

/** Topic configs the application applies when it creates a topic. */
final class TopicDefaults {

    private static final String SEVEN_DAYS_MS = Long.toString(7L * 24 * 3600 * 1000);
    private static final String THIRTY_DAYS_MS = Long.toString(30L * 24 * 3600 * 1000);

    private TopicDefaults() {
    }

    static Map<String, String> configsFor(TopicLabel label) {
        return switch (label) {
            case DEALS -> Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0", "segment.ms", "3600000");
            // Raw articles are the replayable history; keep them as long as dedup remembers.
            case ARTICLES_RAW -> Map.of("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS);
            case DEAD_LETTERS -> Map.of("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS);
            default -> Map.of("cleanup.policy", "delete", "retention.ms", SEVEN_DAYS_MS);
        };
    }
}
