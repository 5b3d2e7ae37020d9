package io.claimstream.streams.topics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The resolved set of topic descriptors of one deployment of the pipeline. */
public final class Topics {

    private final Map<TopicLabel, TopicSpec> specs;

    private Topics(Map<TopicLabel, TopicSpec> specs) {
        for (TopicLabel label : TopicLabel.values()) {
            if (!specs.containsKey(label)) {
                throw new IllegalArgumentException("no topic configured for label " + label.label());
            }
        }
        this.specs = new EnumMap<>(specs);
    }

    public static Topics of(Collection<TopicSpec> specs) {
        Map<TopicLabel, TopicSpec> byLabel = new EnumMap<>(TopicLabel.class);
        for (TopicSpec spec : specs) {
            byLabel.put(spec.label(), spec);
        }
        return new Topics(byLabel);
    }

    /** Default names, {@code partitions} each, with stream retention or compaction as the label says. */
    public static Topics defaults(int partitions, short replicationFactor) {
        return of(java.util.Arrays.stream(TopicLabel.values())
                .map(l -> new TopicSpec(l, l.defaultName(), partitions, replicationFactor, TopicDefaults.configsFor(l)))
                .toList());
    }

    public String name(TopicLabel label) {
        return specs.get(label).name();
    }

    public TopicSpec spec(TopicLabel label) {
        return specs.get(label);
    }

    public List<TopicSpec> all() {
        return List.copyOf(specs.values());
    }

    /**
     * The same topics under other names: outputs get {@code suffix} appended, the input stays, so that a replay writes a
     * clearly separate set of outputs from the same history without touching the live ones.
     */
    public Topics withOutputSuffix(String suffix) {
        Map<TopicLabel, TopicSpec> renamed = new EnumMap<>(TopicLabel.class);
        specs.forEach((label, spec) -> renamed.put(label, label == TopicLabel.ARTICLES_RAW
                ? spec
                : new TopicSpec(label, spec.name() + suffix, spec.partitions(), spec.replicationFactor(), spec.configs())));
        return new Topics(renamed);
    }
}
