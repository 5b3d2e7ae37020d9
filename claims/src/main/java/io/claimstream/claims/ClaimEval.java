package io.claimstream.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.schema.Action;
import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Origin;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Figures and the misses, printed by the CLI. */
    public record Report(EvalFigures bidders, EvalFigures claims, EvalFigures allClaims, int articles, int skipped, List<String> misses) {
        public String summary() {
            return "articles=" + articles + " skipped=" + skipped + "\nbidders: " + bidders + "\nclaims:  " + claims
                    + "  (main claims)\nall:     " + allClaims + "  (every extracted claim)";
        }
    }

    private static final Set<Action> OTHER_CLASS = EnumSet.of(Action.OTHER, Action.SEEK, Action.COMPETE, Action.REQUEST, Action.WITHDRAW, Action.REVIEW);
    private static final Set<Action> RECIPROCAL = EnumSet.of(Action.SIGN, Action.NEGOTIATE);
    private static final Set<Action> OFFER_CLASS = EnumSet.of(Action.OFFER, Action.PROPOSE);
    private static final ObjectMapper JSON = new ObjectMapper();

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

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ClaimEval <corpus-dir with articles.jsonl and labels.jsonl> [domain.json]");
            System.exit(2);
        }
        DomainResource domain = args.length > 1 ? DomainResource.load(Path.of(args[1])) : DomainResource.loadDefault();
        Report report = new ClaimEval(new ClaimExtractor(domain)).evaluate(Path.of(args[0]));
        report.misses().forEach(System.out::println);
        System.out.println(report.summary());
    }

    public Report evaluate(Path corpusDir) throws IOException {
        Map<String, JsonNode> articles = readJsonl(corpusDir.resolve("articles.jsonl"));
        return evaluate(corpusDir, id -> {
            JsonNode article = articles.get(id);
            return article == null ? null : extractor.extract(toArticle(article));
        });
    }

    /**
     * Scores claims that came from elsewhere, e.g. out of the real topology: {@code resultOf} gives an article's
     * extraction (null when there is none, e.g. for an article the pipeline judged a copy and did not read).
     */
    public Report evaluate(Path corpusDir, java.util.function.Function<String, ExtractionResult> resultOf) throws IOException {
        Map<String, JsonNode> labels = readJsonl(corpusDir.resolve("labels.jsonl"));
        Map<String, JsonNode> articles = readJsonl(corpusDir.resolve("articles.jsonl"));
        EvalFigures bidders = new EvalFigures(0, 0, 0), claims = new EvalFigures(0, 0, 0), allClaims = new EvalFigures(0, 0, 0);
        List<String> misses = new ArrayList<>();
        int skipped = 0;
        for (Map.Entry<String, JsonNode> e : articles.entrySet()) {
            JsonNode label = labels.get(e.getKey());
            if (label == null) continue;
            ExtractionResult result = resultOf.apply(e.getKey());
            if (result == null) {
                result = new ExtractionResult(List.of(), List.of(), Optional.of("not-extracted"), "none");
            }
            if (result.skipped()) skipped++;
            bidders = scoreBidders(e.getKey(), result.claims(), label, bidders, misses);
            // the labels list each article's main claims, so the main-claims view is what they score
            claims = scoreClaims(e.getKey(), result.mainClaims(), label, claims, misses);
            allClaims = scoreClaims(e.getKey(), result.claims(), label, allClaims, new ArrayList<>());
        }
        return new Report(bidders, claims, allClaims, articles.size(), skipped, misses);
    }

    private EvalFigures scoreBidders(String id, List<Claim> predicted, JsonNode label, EvalFigures acc, List<String> misses) {
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
        return acc.plus(tp.size(), fp.size(), fn.size());
    }

    private record Triple(Entity actor, Action action, Entity counterparty, String sentence) {}

    private record GoldClaim(String text, Set<String> actors, Action action, Optional<Set<String>> counterparties) {}

    private EvalFigures scoreClaims(String id, List<Claim> predicted, JsonNode label, EvalFigures acc, List<String> misses) {
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
        return acc.plus(tp, open.size(), fn);
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

    static Map<String, JsonNode> readJsonl(Path file) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                out.put(n.path("id").asText(), n);
            }
        }
        return out;
    }
}
