package io.claimstream.claims;

import io.claimstream.claims.SentenceClaimFinder.Mention;
import io.claimstream.claims.SentenceClaimFinder.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "other interested countries, such as Belgium, the U.K., China and Russia", "rivals including China and Russia":
 * a trigger word describing a group, followed by an example list of two or more entities. Each listed entity is an
 * actor of the trigger's action in its own right (one claim each), which the nearest-entity rule cannot see: it would
 * make the first member the trigger's counterparty. English only; knows nothing about the story. Stateless.
 */
final class Enumerations {

    private Enumerations() {}

    /** At most four words (a plural noun such as "countries", "firms") between the trigger and the example cue. */
    private static final Pattern TRIGGER_TO_CUE = Pattern.compile("^(?:[\\s-]*[\\p{L}-]+){0,4}?\\s*,?\\s*$");
    private static final Pattern CUE = Pattern.compile("\\b(?:such as|including|like|notably|namely|among them)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** What may separate two list members: commas, "and"/"or", a determiner. */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:,\\s*)?(?:(?:and|or|as well as)\\s+)?(?:the\\s+)?$");

    private static final Pattern OBJECT_LIST = Pattern.compile("^\\s+(?:with|to|from|against|for|between)\\b", Pattern.CASE_INSENSITIVE);

    record Enumeration(Trigger trigger, List<Mention> members) {}

    static Optional<Enumeration> find(String sentence, List<Trigger> triggers, List<Mention> mentions) {
        Matcher cue = CUE.matcher(sentence);
        while (cue.find()) {
            List<Mention> members = membersFrom(sentence, cue.end(), mentions);
            if (members.size() < 2) continue;
            Trigger describing = null;
            for (Trigger t : triggers) {
                if (t.end() > cue.start()) continue;
                String between = sentence.substring(t.end(), cue.start());
                // "signatures with other African nations, including Zambia and Kenya": a list governed by a
                // preposition names the trigger's other parties, not its actors; the ordinary roles read it
                if (TRIGGER_TO_CUE.matcher(between).matches()) describing = OBJECT_LIST.matcher(between).lookingAt() ? null : t;
            }
            if (describing != null) return Optional.of(new Enumeration(describing, members));
        }
        return Optional.empty();
    }

    private static List<Mention> membersFrom(String sentence, int listStart, List<Mention> mentions) {
        List<Mention> members = new ArrayList<>();
        int cursor = listStart;
        for (Mention m : mentions) {
            if (m.start() < cursor) continue;
            String gap = sentence.substring(cursor, m.start());
            boolean joined = members.isEmpty() ? gap.strip().isEmpty() || gap.strip().equalsIgnoreCase("the") : LIST_GAP.matcher(gap).matches();
            if (!joined) break;
            if (members.stream().noneMatch(x -> x.entity() == m.entity())) members.add(m);
            cursor = m.end();
        }
        return members;
    }
}
