package io.claimstream.claims;

import io.claimstream.claims.SentenceClaimFinder.Found;
import io.claimstream.claims.SentenceClaimFinder.Mention;
import io.claimstream.claims.SentenceSplitter.Sentence;
import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Article in, claims out. Build ONE instance per process (or Kafka Streams instance): the constructor loads the four
 * OpenNLP models (~2 MB, a few hundred ms); afterwards {@link #extract(Article)} is thread-safe and may be called from
 * every stream thread concurrently (models are immutable, decoders are per-thread, everything else is read-only).
 */
public final class ClaimExtractor {

    private final DomainResource domain;
    private final EnglishNlp nlp;
    private final SentenceSplitter splitter;
    private final LanguageGate languageGate;
    private final ClaimFinder finder;
    /** Claims that add evidence but are never main (the parse's extra readings in UNION), or null. */
    private final ClaimFinder secondary;
    private final Method method;
    private final Lexicon lexicon;
    private final MainClaimSelector mainClaims;

    /** How a sentence becomes claims. */
    public enum Method {
        /** Phrase rules over OpenNLP tokens and tags (the default). */
        RULES,
        /** Predicate frames over a CoreNLP dependency parse (GPL-3.0 models; docs/parsers.md). */
        PARSE,
        /**
         * The rules' claims, plus the parse's claims of moves the rules did not read (another actor or action): more
         * parties for bidders and deals; main claims are still chosen among the rules' claims only.
         */
        UNION;

        /**
         * Takes {@code --extractor NAME} or {@code --extractor=NAME} out of a tool's arguments.
         * @return the method named, RULES when none is
         */
        public static Method takeOption(List<String> args) {
            Method method = RULES;
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--extractor") && i + 1 < args.size()) {
                    method = parse(args.get(i + 1));
                    args.subList(i, i + 2).clear();
                    i--;
                } else if (args.get(i).startsWith("--extractor=")) {
                    method = parse(args.remove(i).substring("--extractor=".length()));
                    i--;
                }
            }
            return method;
        }

        public static Method parse(String name) {
            for (Method m : values()) {
                if (m.name().equalsIgnoreCase(name)) return m;
            }
            throw new IllegalArgumentException("unknown claim extraction method '" + name + "' (rules, parse, union)");
        }
    }

    public ClaimExtractor(DomainResource domain) {
        this(domain, Method.RULES);
    }

    public ClaimExtractor(DomainResource domain, Method method) {
        this.domain = domain;
        this.method = method;
        this.nlp = new EnglishNlp();
        this.splitter = new SentenceSplitter(nlp, domain);
        this.languageGate = new LanguageGate(domain);
        this.lexicon = new Lexicon(domain);
        SentenceClaimFinder rules = new SentenceClaimFinder(lexicon);
        this.finder = method == Method.PARSE ? new FrameClaimFinder(lexicon, rules, SharedParser.INSTANCE) : rules;
        this.secondary = method == Method.UNION ? new FrameClaimFinder(lexicon, rules, SharedParser.INSTANCE) : null;
        this.mainClaims = new MainClaimSelector(domain);
    }

    public static ClaimExtractor withDefaultDomain() {
        return new ClaimExtractor(DomainResource.loadDefault());
    }

    public static ClaimExtractor withDefaultDomain(Method method) {
        return new ClaimExtractor(DomainResource.loadDefault(), method);
    }

    public Method method() {
        return method;
    }

    /** The parser's models take seconds and tens of MB: loaded once per JVM, on first use of the parse method. */
    private static final class SharedParser {
        static final DependencyParse INSTANCE = new DependencyParse();
    }

    public DomainResource domain() {
        return domain;
    }

    /** The domain resource's version, stamped on every claim as extractorVersion. */
    public String version() {
        return domain.version();
    }

    public ExtractionResult extract(Article article) {
        String text = article.getText();
        if (text == null || text.isBlank()) return ExtractionResult.skipped("empty-text");
        LanguageGate.Decision decision = languageGate.decide(article.getLanguage(), text);
        if (!decision.english()) return ExtractionResult.skipped(decision.basis());
        List<Claim> claims = new ArrayList<>();
        List<Claim> mainCandidates = new ArrayList<>();
        Discourse discourse = new Discourse(lexicon);
        for (Sentence sentence : splitter.split(text)) {
            String analysed = Parentheticals.asCommas(sentence.text());
            Mention referent = SentenceClaimFinder.GROUP_SUBJECT.matcher(analysed).lookingAt()
                    ? discourse.armedGroupReferent() : discourse.pronounReferent();
            List<Found> primary = finder.find(analysed, () -> nlp.tag(analysed), referent, discourse::sentenceSeen);
            List<Found> extra = secondary == null ? List.of() : secondary.find(analysed, () -> nlp.tag(analysed), referent, (s, n) -> { });
            for (Found found : primary) {
                Found f = discourse.resolve(found, analysed);
                if (salient(f)) {
                    Claim claim = toClaim(article, sentence, f);
                    claims.add(claim);
                    mainCandidates.add(claim);
                }
            }
            for (Found found : extra) {
                boolean read = primary.stream().anyMatch(p -> p.actor().entity() == found.actor().entity() && p.action() == found.action());
                Found f = read ? null : discourse.resolve(found, analysed);
                if (f != null && salient(f)) claims.add(toClaim(article, sentence, f));
            }
        }
        return new ExtractionResult(claims, mainClaims.select(mainCandidates), Optional.empty(), decision.basis());
    }

    /**
     * A claim without a counterparty, asset, consideration or resource word says too little to act on
     * ("It also continues to call for the full implementation ...") and is dropped.
     */
    private static boolean salient(Found f) {
        return f.counterparty() != null || !f.assets().isEmpty() || !f.considerations().isEmpty() || f.aboutResources();
    }

    /** Sentences as the extractor sees them, with offsets into the text; exposed for tests and tools. */
    public List<String> sentences(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    private Claim toClaim(Article article, Sentence sentence, Found f) {
        String counterpartyId = f.counterparty() == null ? null : f.counterparty().entity().id();
        return Claim.newBuilder()
                .setId(ClaimIds.of(article.getId(), sentence.start(), sentence.end(), f.actor().entity().id(),
                        f.action().name(), counterpartyId))
                .setArticleId(article.getId())
                .setActor(entity(f.actor()))
                .setAction(f.action())
                .setPolarity(f.polarity())
                .setCounterparty(f.counterparty() == null ? null : entity(f.counterparty()))
                .setIntermediaries(f.intermediaries().stream().map(ClaimExtractor::entity).toList())
                .setAssets(f.assets())
                .setConsideration(f.considerations().stream()
                        .map(c -> new Consideration(c.kind(), c.surface(), c.amount(), c.currency())).toList())
                .setHedged(!f.hedges().isEmpty())
                .setHedges(f.hedges())
                .setAttribution(f.attribution())
                .setEvidence(Evidence.newBuilder()
                        .setArticleId(article.getId())
                        .setSentence(sentence.text())
                        .setStart(sentence.start())
                        .setEnd(sentence.end())
                        .setPublishedAt(article.getPublishedAt())
                        .setSourceDomain(article.getSourceDomain())
                        .setUrl(article.getUrl())
                        .build())
                .setLanguage("en")
                .setDealId(null)
                .setExtractorVersion(domain.version())
                .build();
    }

    private static Entity entity(Mention m) {
        return new Entity(m.entity().id(), m.entity().type(), m.entity().name(), m.surface());
    }
}
