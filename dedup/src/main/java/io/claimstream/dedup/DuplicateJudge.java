package io.claimstream.dedup;

import io.claimstream.schema.DuplicateKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether {@code newer} copies {@code earlier}. Cheap (sorted-array intersections), pure and deterministic.
 *
 * <p>The core signal is sentence alignment: for each sentence of the shorter article, the best Dice overlap of content
 * words with any sentence of the other, credited 0 below {@value SentenceAlignment#FLOOR} and 1 from {@value SentenceAlignment#FULL};
 * alignment is the mean credit. A rewrite paraphrases its source sentence by sentence, so most of its sentences keep
 * half the content words of one source sentence; an independent report of the same event shares names and topic words
 * across the whole text but rarely sentence by sentence. An alignment of at least {@value #MIN_ALIGNMENT} is required;
 * attribution lines, shared numbers, shared names and publication dates then move the score up or down, and
 * {@value #DUPLICATE_THRESHOLD} decides.
 */
public final class DuplicateJudge {

    static final double DUPLICATE_THRESHOLD = 0.5;
    static final double MIN_ALIGNMENT = 0.25;
    static final double BOILERPLATE_EXACT_SHARE = 0.8;
    static final double ATTRIBUTION_BONUS = 0.15;
    static final double NUMBER_WEIGHT = 0.15;
    static final double ENTITY_WEIGHT = 0.15;
    static final double DATE_PENALTY = 0.3;
    static final Duration DATE_GAP = Duration.ofDays(3);
    static final Duration UNRELATED_DATE_GAP = Duration.ofDays(30);
    static final double TRANSLATION_THRESHOLD = 0.45;
    static final int TEASER_SENTENCES = 3;
    static final double RELATED_ALIGNMENT = 0.2;
    static final double RELATED_ENTITIES = 0.4;
    static final int TEASER_WORDS = 15;

    public Optional<Verdict> judge(Fingerprint newer, Fingerprint earlier) {
        return judge(new Probe(newer), earlier);
    }

    /** As {@link #judge(Fingerprint, Fingerprint)}, reusing what {@code probe} has built for earlier pairs. */
    Optional<Verdict> judge(Probe probe, Fingerprint earlier) {
        Fingerprint newer = probe.fingerprint();
        if (newer.canonicalUrl() != null && newer.canonicalUrl().equals(earlier.canonicalUrl())) {
            return Optional.of(new Verdict(DuplicateKind.EXACT, 1.0, List.of("same-canonical-url")));
        }
        if (newer.contentHash() != null && newer.contentHash().equals(earlier.contentHash())) {
            return Optional.of(new Verdict(DuplicateKind.EXACT, 1.0, List.of("same-content-hash")));
        }
        if (dateGapOver(newer, earlier, UNRELATED_DATE_GAP)) {
            return Optional.empty();
        }
        return differentLanguages(newer, earlier) ? judgeTranslation(newer, earlier) : judgeSameLanguage(probe, earlier);
    }

    private Optional<Verdict> judgeSameLanguage(Probe probe, Fingerprint earlier) {
        Fingerprint newer = probe.fingerprint();
        Fingerprint shorter = newer.sentenceWords().length <= earlier.sentenceWords().length ? newer : earlier;
        Fingerprint longer = shorter == newer ? earlier : newer;
        int n = shorter.sentenceWords().length;
        if (n == 0) {
            return Optional.empty();
        }
        SentenceAlignment alignment = probe.alignmentWith(earlier);
        if (isTeaser(shorter, longer, alignment)) {
            return Optional.of(new Verdict(DuplicateKind.REWRITE, 1.0, List.of("teaser",
                    String.format(Locale.ROOT, "sentence-alignment=%.2f", alignment.mean()))));
        }
        // One matching sentence out of one is no evidence of a shared source, and the other signals may confirm or
        // refute an alignment but never stand in for one: two reports of one event share numbers and names anyway.
        if (alignment.aligned() < 2 || alignment.mean() < MIN_ALIGNMENT) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        double exactShare = (double) alignment.identical() / n;
        evidence.add(String.format(Locale.ROOT, "sentence-alignment=%.2f", alignment.mean()));
        double score = alignment.mean();

        String attribution = sharedAttribution(newer, earlier);
        if (attribution != null) {
            score += ATTRIBUTION_BONUS;
            evidence.add("attribution:" + attribution);
        }
        if (newer.numbers().length >= 2 && earlier.numbers().length >= 2) {
            double numbers = Overlap.containment(newer.numbers(), earlier.numbers());
            score += NUMBER_WEIGHT * (numbers - 0.5) * 2;
            evidence.add(String.format(Locale.ROOT, "numbers=%.2f", numbers));
        }
        if (dateGapOver(newer, earlier, DATE_GAP)) {
            score -= DATE_PENALTY;
            evidence.add("published-days-apart");
        }
        if (newer.entities().length >= 3 && earlier.entities().length >= 3) {
            double entities = Overlap.containment(newer.entities(), earlier.entities());
            score += ENTITY_WEIGHT * (entities - 0.5) * 2;
            evidence.add(String.format(Locale.ROOT, "entities=%.2f", entities));
        }
        int sharedQuotes = Overlap.intersection(newer.quotes(), earlier.quotes());
        if (sharedQuotes > 0) {
            evidence.add("shared-quotes=" + sharedQuotes);
        }
        if (score < DUPLICATE_THRESHOLD) {
            return Optional.empty();
        }
        DuplicateKind kind = exactShare >= BOILERPLATE_EXACT_SHARE ? DuplicateKind.BOILERPLATE : DuplicateKind.REWRITE;
        if (kind == DuplicateKind.BOILERPLATE) {
            evidence.add(String.format(Locale.ROOT, "identical-sentences=%.2f", exactShare));
        }
        return Optional.of(new Verdict(kind, Math.min(1.0, score), evidence));
    }

    /**
     * Whether {@code newer} is plainly not a copy of {@code earlier}: in one language, hardly a sentence of the shorter
     * has a counterpart in the other; across languages, they share too few names. Weaker than "not a duplicate": a
     * copy of a copy may miss the duplicate threshold against the root and still be no contradiction of it.
     */
    public boolean contradicts(Fingerprint newer, Fingerprint earlier) {
        return contradicts(new Probe(newer), earlier);
    }

    boolean contradicts(Probe probe, Fingerprint earlier) {
        Fingerprint newer = probe.fingerprint();
        // Both bars below lie under what judge() requires of text, so only its identity checks need repeating here.
        if (newer.canonicalUrl() != null && newer.canonicalUrl().equals(earlier.canonicalUrl())
                || newer.contentHash() != null && newer.contentHash().equals(earlier.contentHash())) {
            return false;
        }
        if (differentLanguages(newer, earlier)) {
            return Overlap.containment(newer.entities(), earlier.entities()) < RELATED_ENTITIES;
        }
        return probe.alignmentWith(earlier).mean() < RELATED_ALIGNMENT;
    }

    /**
     * A teaser (a headline and opening paragraph, a digest entry) is short, and what it has it takes word for word from
     * the full piece: every sentence of it verbatim, in order, and enough of them to be more than a stock phrase.
     */
    private static boolean isTeaser(Fingerprint shorter, Fingerprint longer, SentenceAlignment alignment) {
        return alignment.sentences() <= TEASER_SENTENCES && shorter.textLength() * 2 <= longer.textLength()
                && alignment.verbatimWords() >= TEASER_WORDS && alignment.inOrder() == alignment.sentences()
                && alignment.cited() == 0;
    }

    /**
     * Across languages, words differ but names and figures survive translation: both must agree strongly, which two
     * independent reports of one event rarely do on numbers and secondary names at once.
     */
    private Optional<Verdict> judgeTranslation(Fingerprint newer, Fingerprint earlier) {
        if (dateGapOver(newer, earlier, DATE_GAP)) {
            return Optional.empty();
        }
        int sharedEntities = Overlap.intersection(newer.entities(), earlier.entities());
        int sharedNumbers = Overlap.intersection(newer.numbers(), earlier.numbers());
        if (sharedEntities < 8 || sharedNumbers < 1) {
            return Optional.empty();
        }
        double entities = Overlap.containment(newer.entities(), earlier.entities());
        double numbers = Overlap.containment(newer.numbers(), earlier.numbers());
        double score = (entities + numbers) / 2;
        if (entities < 0.45 || numbers < 0.5 || score < TRANSLATION_THRESHOLD) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(DuplicateKind.TRANSLATION, score, List.of(
                "language:" + newer.language() + "<-" + earlier.language(),
                String.format(Locale.ROOT, "entities=%.2f", entities),
                String.format(Locale.ROOT, "numbers=%.2f", numbers))));
    }

    private static boolean differentLanguages(Fingerprint a, Fingerprint b) {
        return !a.language().equals("unknown") && !b.language().equals("unknown") && !a.language().equals(b.language());
    }

    /** Rewrites appear within days of their original; the same words weeks apart are a new piece on an old story. */
    private static boolean dateGapOver(Fingerprint a, Fingerprint b, Duration gap) {
        return a.publishedAt() != null && b.publishedAt() != null
                && Duration.between(a.publishedAt(), b.publishedAt()).abs().compareTo(gap) > 0;
    }

    /** A "Source:" line naming the same outlet, or naming the other article's own publisher. */
    private static String sharedAttribution(Fingerprint a, Fingerprint b) {
        for (String x : a.attributions()) {
            for (String y : b.attributions()) {
                if (sameOutlet(x, y)) {
                    return x;
                }
            }
            if (b.sourceDomain() != null && sameOutlet(x, b.sourceDomain())) {
                return x;
            }
        }
        for (String y : b.attributions()) {
            if (a.sourceDomain() != null && sameOutlet(y, a.sourceDomain())) {
                return y;
            }
        }
        return null;
    }

    /** "afp" names afp.com; "mining.com" names mining.com. */
    private static boolean sameOutlet(String x, String y) {
        return firstLabel(x).equals(firstLabel(y));
    }

    private static String firstLabel(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? domain : domain.substring(0, dot);
    }
}
