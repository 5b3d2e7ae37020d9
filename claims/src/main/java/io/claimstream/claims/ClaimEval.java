package io.claimstream.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.schema.Action;
import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Origin;

import io.claimstream.corpus.CorpusSplit;
import io.claimstream.corpus.Half;
import io.claimstream.corpus.LabelledCorpus;
import io.claimstream.corpus.Score;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the extractor against a labelled corpus directory (articles.jsonl + labels.jsonl).
 *
 * <p><b>Bidders</b>: per article, {@link BidderRule} over the extracted claims vs the label's bidders_mentioned
 * (names resolved with the gazetteer), micro-averaged.
 *
 * <p><b>Claims</b>: per article, distinct predicted (actor, action, counterparty) triples vs the label's claims,
 * matched one-to-one; predictions the rule below cannot tell apart (same states, OFFER/PROPOSE, mutual order) count
 * once. Matching rule:
 * <ul>
 *   <li>actor: the predicted entity or the state it acts for is among the label's resolved entities or their
 *       states ("DRC and Rwanda" accepts either; "KoBold Metals" and "United States" match each other);</li>
 *   <li>SIGN and NEGOTIATE are mutual: actor and counterparty may be swapped;</li>
 *   <li>action: equal; OFFER and PROPOSE are one class (the labels use both for the same letter/offer);
 *       a label's {@code other} accepts the actions its vocabulary lacks: OTHER, SEEK, COMPETE, REQUEST, WITHDRAW, REVIEW;</li>
 *   <li>counterparty: a label's null or unresolvable counterparty ("peace agreement", "Rubaya" when not in the
 *       gazetteer) accepts any predicted one, including none; "each other" means the actor's own entities;
 *       otherwise the predicted counterparty must resolve as for actors.</li>
 * </ul>
 */
public final class ClaimEval {

    /** One corpus part's figures: bidders per article, main claims, every claim. */
    public record Figures(Score bidders, Score claims, Score allClaims, int articles, int skipped) {
        static final Figures EMPTY = new Figures(Score.ZERO, Score.ZERO, Score.ZERO, 0, 0);

        Figures plus(Score b, Score c, Score all, boolean skippedArticle) {
            return new Figures(bidders.plus(b), claims.plus(c), allClaims.plus(all), articles + 1, skipped + (skippedArticle ? 1 : 0));
        }

        public String summary() {
            return "articles=" + articles + " skipped=" + skipped + "\nbidders: " + bidders + "\nclaims:  " + claims
                    + "  (main claims)\nall:     " + allClaims + "  (every extracted claim)";
        }
    }

    /** Figures of the whole corpus and of its tune and check halves ({@link CorpusSplit}), with the misses. */
    public record Report(Figures whole, Map<Half, Figures> halves, List<String> misses) {
        public Figures half(Half half) {
            return halves.getOrDefault(half, Figures.EMPTY);
        }

        public Score bidders() {
            return whole.bidders();
        }

        public Score claims() {
            return whole.claims();
        }

        public Score allClaims() {
            return whole.allClaims();
        }

        public String summary() {
            StringBuilder out = new StringBuilder("whole corpus: " + whole.summary());
            for (Half h : Half.values()) {
                out.append("\n").append(h.label()).append(" half: ").append(half(h).summary());
            }
            return out.toString();
        }
    }

    private static final Set<Action> OTHER_CLASS = EnumSet.of(Action.OTHER, Action.SEEK, Action.COMPETE, Action.REQUEST, Action.WITHDRAW, Action.REVIEW);
    private static final Set<Action> RECIPROCAL = EnumSet.of(Action.SIGN, Action.NEGOTIATE);
    private static final Set<Action> OFFER_CLASS = EnumSet.of(Action.OFFER, Action.PROPOSE);

    private final ClaimExtractor extractor;
    private final BidderRule bidderRule;
    private final LabelResolver resolver;
    private final Map<String, EntityDef> entities = new LinkedHashMap<>();

    public ClaimEval(ClaimExtractor extractor) {
        this.extractor = extractor;
        this.bidderRule = new BidderRule(extractor.domain());
        this.resolver = new LabelResolver(new Lexicon(extractor.domain()));
        extractor.domain().entities().forEach(e -> entities.putIfAbsent(e.id(), e));
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> positional = new java.util.ArrayList<>(List.of(args));
        ClaimExtractor.Method method = ClaimExtractor.Method.takeOption(positional);
        if (positional.isEmpty()) {
            System.err.println("usage: ClaimEval [--extractor rules|parse] <corpus-dir with articles.jsonl and labels.jsonl> [domain.json]");
            System.exit(2);
        }
        DomainResource domain = positional.size() > 1 ? DomainResource.load(Path.of(positional.get(1))) : DomainResource.loadDefault();
        Report report = new ClaimEval(new ClaimExtractor(domain, method)).evaluate(Path.of(positional.get(0)));
        report.misses().forEach(System.out::println);
        System.out.println(report.summary());
    }

    public Report evaluate(Path corpusDir) {
        Map<String, JsonNode> articles = LabelledCorpus.read(corpusDir).articles();
        return evaluate(corpusDir, id -> {
            JsonNode article = articles.get(id);
            return article == null ? null : extractor.extract(toArticle(article));
        });
    }

    /**
     * Scores claims that came from elsewhere, e.g. out of the real topology: {@code resultOf} gives an article's
     * extraction (null when there is none, e.g. for an article the pipeline judged a copy and did not read).
     */
    public Report evaluate(Path corpusDir, Function<String, ExtractionResult> resultOf) {
        LabelledCorpus corpus = LabelledCorpus.read(corpusDir);
        Figures whole = Figures.EMPTY;
        Map<Half, Figures> halves = new EnumMap<>(Half.class);
        List<String> misses = new ArrayList<>();
        for (String id : corpus.ids()) {
            JsonNode label = corpus.label(id);
            if (label == null) continue;
            ExtractionResult result = resultOf.apply(id);
            if (result == null) {
                result = new ExtractionResult(List.of(), List.of(), Optional.of("not-extracted"), "none");
            }
            Score bidders = scoreBidders(id, result.claims(), label, misses);
            // the labels list each article's main claims, so the main-claims view is what they score
            Score claims = scoreClaims(id, result.mainClaims(), label, misses);
            Score allClaims = scoreClaims(id, result.claims(), label, new ArrayList<>());
            whole = whole.plus(bidders, claims, allClaims, result.skipped());
            halves.put(corpus.half(id), halves.getOrDefault(corpus.half(id), Figures.EMPTY).plus(bidders, claims, allClaims, result.skipped()));
        }
        return new Report(whole, halves, misses);
    }

    private Score scoreBidders(String id, List<Claim> predicted, JsonNode label, List<String> misses) {
        Set<String> gold = new LinkedHashSet<>();
        label.path("bidders_mentioned").forEach(b -> gold.addAll(resolver.resolve(b.asText())));
        Set<String> got = bidderRule.bidders(predicted);
        Set<String> tp = new HashSet<>(got);
        tp.retainAll(gold);
        Set<String> fp = new LinkedHashSet<>(got);
        fp.removeAll(gold);
        Set<String> fn = new LinkedHashSet<>(gold);
        fn.removeAll(got);
        if (!fp.isEmpty() || !fn.isEmpty()) misses.add("BIDDERS " + id + " gold=" + gold + " got=" + got);
        return new Score(tp.size(), fp.size(), fn.size());
    }

    private record Triple(Entity actor, Action action, Entity counterparty, String sentence) {}

    private record GoldClaim(String text, Set<String> actors, Action action, Optional<Set<String>> counterparties) {}

    private Score scoreClaims(String id, List<Claim> predicted, JsonNode label, List<String> misses) {
        Map<String, Triple> distinct = new LinkedHashMap<>();
        for (Claim c : predicted) {
            String key = equivalenceKey(c);
            distinct.putIfAbsent(key, new Triple(c.getActor(), c.getAction(), c.getCounterparty(), c.getEvidence().getSentence()));
        }
        List<Triple> open = new ArrayList<>(distinct.values());
        int tp = 0, fn = 0;
        for (GoldClaim gold : distinctGold(label.path("claims"))) {
            Optional<Triple> hit = open.stream().filter(t -> matches(t, gold)).findFirst();
            if (hit.isPresent()) {
                open.remove(hit.get());
                tp++;
            } else {
                fn++;
                misses.add("CLAIM-FN " + id + " " + gold.text());
            }
        }
        for (Triple t : open) {
            misses.add("CLAIM-FP " + id + " " + t.actor().getId() + " " + t.action() + " "
                    + (t.counterparty() == null ? "-" : t.counterparty().getId()) + " :: " + t.sentence());
        }
        return new Score(tp, open.size(), fn);
    }

    /**
     * Predictions the matching rule cannot tell apart count once: the same states (Al Mansour Holding ~ Qatar), the
     * same action class (OFFER ~ PROPOSE) and, for mutual actions, either order.
     */
    private String equivalenceKey(Claim c) {
        String actor = stateOrId(c.getActor());
        String counterparty = c.getCounterparty() == null ? "-" : stateOrId(c.getCounterparty());
        String action = OFFER_CLASS.contains(c.getAction()) ? "OFFER|PROPOSE" : c.getAction().name();
        if (RECIPROCAL.contains(c.getAction()) && actor.compareTo(counterparty) > 0) {
            String swap = actor;
            actor = counterparty;
            counterparty = swap;
        }
        return actor + "|" + action + "|" + counterparty;
    }

    private String stateOrId(Entity e) {
        return Optional.ofNullable(entities.get(e.getId())).flatMap(EntityDef::state).orElse(e.getId());
    }

    /**
     * The symmetric half of counting indistinguishable predictions once: label claims that resolve to the same
     * parties with the same action class ("Felix Tshisekedi (DRC) offer United States (Trump)" and "Tshisekedi
     * spokeswoman (DRC presidency) propose Trump administration") also count once; otherwise one prediction could
     * never earn both. Mutual actions compare in either order.
     */
    private List<GoldClaim> distinctGold(JsonNode claims) {
        List<GoldClaim> out = new ArrayList<>();
        for (JsonNode g : claims) {
            GoldClaim gold = gold(g);
            if (out.stream().noneMatch(o -> sameGold(o, gold))) out.add(gold);
        }
        return out;
    }

    private static boolean sameGold(GoldClaim a, GoldClaim b) {
        if (actionClass(a.action()) != actionClass(b.action())) return false;
        boolean inOrder = a.actors().equals(b.actors()) && a.counterparties().equals(b.counterparties());
        boolean swapped = RECIPROCAL.contains(a.action()) && a.counterparties().isPresent() && b.counterparties().isPresent()
                && a.actors().equals(b.counterparties().get()) && b.actors().equals(a.counterparties().get());
        return inOrder || swapped;
    }

    private static Action actionClass(Action a) {
        return OFFER_CLASS.contains(a) ? Action.OFFER : a;
    }

    private GoldClaim gold(JsonNode g) {
        String actorText = g.path("actor").asText("");
        String cpText = g.path("counterparty").isNull() ? null : g.path("counterparty").asText(null);
        Set<String> actors = withStates(resolver.resolve(actorText));
        Action action = parseAction(g.path("action").asText("other"));
        Optional<Set<String>> cps;
        if (cpText != null && cpText.strip().toLowerCase(Locale.ROOT).startsWith("each other")) cps = Optional.of(actors);
        else {
            Set<String> resolved = withStates(resolver.resolve(cpText));
            cps = resolved.isEmpty() ? Optional.empty() : Optional.of(resolved);
        }
        return new GoldClaim(actorText + " | " + action + " | " + cpText, actors, action, cps);
    }

    private boolean matches(Triple t, GoldClaim g) {
        if (matchesInOrder(t, g)) return true;
        // signing and negotiating are mutual: "Rwanda signed with the EU" is "the EU signed with Rwanda"
        return RECIPROCAL.contains(t.action()) && t.counterparty() != null
                && matchesInOrder(new Triple(t.counterparty(), t.action(), t.actor(), t.sentence()), g);
    }

    private boolean matchesInOrder(Triple t, GoldClaim g) {
        if (!intersects(statesOf(t.actor()), g.actors())) return false;
        boolean actionOk = t.action() == g.action()
                || OFFER_CLASS.contains(t.action()) && OFFER_CLASS.contains(g.action())
                || g.action() == Action.OTHER && OTHER_CLASS.contains(t.action());
        if (!actionOk) return false;
        if (g.counterparties().isEmpty()) return true;
        return t.counterparty() != null && intersects(statesOf(t.counterparty()), g.counterparties().get());
    }

    private Set<String> statesOf(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.getId());
        Optional.ofNullable(entities.get(e.getId())).flatMap(EntityDef::state).ifPresent(out::add);
        return out;
    }

    private Set<String> withStates(Set<String> ids) {
        Set<String> out = new LinkedHashSet<>(ids);
        ids.forEach(id -> Optional.ofNullable(entities.get(id)).flatMap(EntityDef::state).ifPresent(out::add));
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static Action parseAction(String s) {
        try {
            return Action.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Action.OTHER;
        }
    }

    static Article toArticle(JsonNode a) {
        String url = a.path("url").asText(null);
        return Article.newBuilder()
                .setId(a.path("id").asText())
                .setUrl(url)
                .setSourceDomain(a.path("source").asText(null))
                .setTitle(a.path("title").asText(null))
                .setText(a.path("text").asText(""))
                .setLanguage(a.path("lang").asText("unknown"))
                .setPublishedAt(publishedAt(a.path("published").asText(null)))
                .setIngestedAt(Instant.EPOCH)
                .setOrigin(Origin.JSONL)
                .setContentHash("")
                .build();
    }

    private static Instant publishedAt(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(s);
        } catch (RuntimeException e) {
            return null; // unknown format: the schema wants null rather than an invented time
        }
    }
}
