package io.claimstream.dedup.eval;

import io.claimstream.dedup.Decision;
import io.claimstream.dedup.Deduplicator;
import io.claimstream.dedup.DuplicateJudge;
import io.claimstream.dedup.Fingerprint;
import io.claimstream.dedup.FingerprintExtractor;
import io.claimstream.dedup.Verdict;
import io.claimstream.corpus.Half;
import io.claimstream.corpus.Score;
import io.claimstream.text.ContentHash;
import java.util.EnumMap;
import java.util.EnumSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the in-memory decider over a labelled corpus in file order and scores it pairwise: two articles are a gold
 * pair when they share a story, a predicted pair when they share a predicted canonical.
 */
public final class DedupEval {

    private final FingerprintExtractor extractor = new FingerprintExtractor();
    private final DuplicateJudge judge = new DuplicateJudge();

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DedupEval <corpus-dir containing articles.jsonl and labels.jsonl>");
            System.exit(2);
        }
        System.out.print(new DedupEval().evaluate(Path.of(args[0])).render());
    }

    public EvalReport evaluate(Path corpusDir) {
        return evaluate(CorpusReader.read(corpusDir));
    }

    /**
     * Decides the corpus as the topology decides a bounded input: one settled group, in canonical order (published
     * time, unknown last, then id), so the figures do not depend on the file's order.
     */
    public EvalReport evaluate(List<CorpusArticle> corpus) {
        List<CorpusArticle> articles = new ArrayList<>(corpus);
        articles.sort(Comparator.comparing(CorpusArticle::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CorpusArticle::id));
        Deduplicator deduplicator = Deduplicator.inMemory();
        Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
        Map<String, String> canonicalOf = new HashMap<>();
        Map<String, Decision> decisions = new HashMap<>();
        long totalBytes = 0;
        int maxBytes = 0;
        int duplicates = 0;
        for (int i = 0; i < articles.size(); i++) {
            CorpusArticle a = articles.get(i);
            // observedAt only needs to be monotonic.
            Fingerprint fp = extractor.extract(a.url(), ContentHash.of(a.text()), a.source(), a.language(),
                    a.publishedAt(), Instant.EPOCH.plusSeconds(i), a.text());
            int bytes = fp.toBytes().length;
            totalBytes += bytes;
            maxBytes = Math.max(maxBytes, bytes);
            fingerprints.put(a.id(), fp);
            Decision decision = deduplicator.decide(a.id(), fp);
            decisions.put(a.id(), decision);
            if (decision instanceof Decision.Duplicate d) {
                duplicates++;
                canonicalOf.put(a.id(), d.canonicalId());
            } else {
                canonicalOf.put(a.id(), a.id());
            }
        }

        Score all = Score.ZERO;
        Score english = Score.ZERO;
        Map<Half, Score> allByHalf = new EnumMap<>(Half.class);
        Map<Half, Score> englishByHalf = new EnumMap<>(Half.class);
        for (Half h : Half.values()) {
            allByHalf.put(h, Score.ZERO);
            englishByHalf.put(h, Score.ZERO);
        }
        List<EvalReport.WrongPair> wrong = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                CorpusArticle a = articles.get(i);
                CorpusArticle b = articles.get(j);
                boolean gold = a.story().equals(b.story());
                boolean predicted = canonicalOf.get(a.id()).equals(canonicalOf.get(b.id()));
                int cell = gold && predicted ? 0 : predicted ? 1 : gold ? 2 : -1;
                if (cell < 0) {
                    continue;
                }
                Score pair = new Score(cell == 0 ? 1 : 0, cell == 1 ? 1 : 0, cell == 2 ? 1 : 0);
                boolean bothEnglish = "en".equals(a.language()) && "en".equals(b.language());
                all = all.plus(pair);
                english = bothEnglish ? english.plus(pair) : english;
                for (Half h : EnumSet.of(a.half(), b.half())) {
                    allByHalf.merge(h, pair, Score::plus);
                    if (bothEnglish) {
                        englishByHalf.merge(h, pair, Score::plus);
                    }
                }
                if (cell > 0) {
                    Optional<Verdict> direct = judge.judge(fingerprints.get(b.id()), fingerprints.get(a.id()));
                    wrong.add(new EvalReport.WrongPair(cell == 1 ? "false-merge" : "missed", a.id(), b.id(),
                            a.title(), b.title(), a.source(), b.source(),
                            direct.map(Verdict::similarity).orElse(0.0),
                            describe(decisions.get(b.id())) + " / direct " + direct.map(Verdict::evidence)
                                    .map(Object::toString).orElse("none")));
                }
            }
        }
        Map<Half, EvalReport.Figures> byHalf = new EnumMap<>(Half.class);
        for (Half h : Half.values()) {
            byHalf.put(h, new EvalReport.Figures(allByHalf.get(h), englishByHalf.get(h)));
        }
        return new EvalReport(all, english, byHalf, wrong, articles.size(), duplicates,
                articles.isEmpty() ? 0 : (double) totalBytes / articles.size(), maxBytes);
    }

    private static String describe(Decision decision) {
        if (decision instanceof Decision.Duplicate d) {
            return d.articleId() + "->" + d.matchedId() + "(root " + d.canonicalId() + ") " + d.verdict().kind() + " "
                    + d.verdict().evidence();
        }
        return ((Decision.Unique) decision).articleId() + " unique";
    }
}
