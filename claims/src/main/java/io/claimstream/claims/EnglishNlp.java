package io.claimstream.claims;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The four OpenNLP English models (UD-EWT, opennlp-models-*-en 1.3.0), loaded once per instance. The models are
 * immutable and the ThreadSafe*ME wrappers keep one decoder per thread, so one instance serves every stream thread.
 */
final class EnglishNlp {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    /** Loaded on first use: only irregular forms the domain file lists without their lemma need it. */
    private volatile ThreadSafeLemmatizerME lemmatizer;

    EnglishNlp() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(new ByteArrayInputStream(
                    withManifest(open(TOKEN_MODEL), Map.of(ALPHANUMERIC_OPTIMIZATION, "true")))));
            tagger = new ThreadSafePOSTaggerME(new POSModel(new ByteArrayInputStream(
                    withManifest(open(POS_MODEL), Map.of(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(POS_BEAM_SIZE))))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP English models", e);
        }
    }

    Span[] sentenceSpans(String paragraph) {
        return sentences.sentPosDetect(paragraph);
    }

    /** Tokens of one sentence with their POS tags (UD tag set) and lower-case lemmas. */
    TaggedSentence tag(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(tokens);
        return new TaggedSentence(spans, tokens, tags, () -> lemmatizer().lemmatize(tokens, tags));
    }

    private ThreadSafeLemmatizerME lemmatizer() {
        ThreadSafeLemmatizerME loaded = lemmatizer;
        if (loaded == null) {
            synchronized (this) {
                if (lemmatizer == null) {
                    try {
                        lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel(open(LEMMA_MODEL)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the OpenNLP lemmatizer model", e);
                    }
                }
                loaded = lemmatizer;
            }
        }
        return loaded;
    }

    /**
     * Greedy POS decoding. The model ships with a beam of 3, and tagging was most of the extraction's cost; a beam of
     * 1 tags about four times faster and changed no claim on the dev corpus (eval figures identical).
     */
    static final int POS_BEAM_SIZE = 1;

    /**
     * The tokenizer's model scores every character boundary of every word; with this option a word of letters and
     * digits only is taken whole, and only words with punctuation in them ("U.S.", "Congo's", "$21bn") are scored.
     * The UD model could split such a word ("cannot"), which the claim rules never need.
     */
    static final String ALPHANUMERIC_OPTIMIZATION = "useAlphaNumericOptimization";

    /** OpenNLP reads decoding options from a model's manifest only, so the manifest is rewritten while loading. */
    static byte[] withManifest(InputStream model, Map<String, String> settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(data));
                    settings.forEach(manifest::setProperty);
                    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
                    manifest.store(rewritten, null);
                    data = rewritten.toByteArray();
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishNlp.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
        return in;
    }

    /**
     * Tokens with POS tags (UD tag set); lemmas are computed on first use only, because the statistical lemmatizer
     * costs ten times the tagger and most sentences settle without it (see Lexicon#action).
     */
    static final class TaggedSentence {
        private final Span[] spans;
        private final String[] tokens;
        private final String[] tags;
        private final java.util.function.Supplier<String[]> lemmatize;
        private String[] lemmas;

        TaggedSentence(Span[] spans, String[] tokens, String[] tags, java.util.function.Supplier<String[]> lemmatize) {
            this.spans = spans;
            this.tokens = tokens;
            this.tags = tags;
            this.lemmatize = lemmatize;
        }

        Span[] spans() {
            return spans;
        }

        String[] tokens() {
            return tokens;
        }

        String[] tags() {
            return tags;
        }

        int size() {
            return tokens.length;
        }

        /** Index of the first token ending after this character offset, or size() when none. */
        int tokenAtOrAfter(int charOffset) {
            for (int i = 0; i < spans.length; i++) if (spans[i].getEnd() > charOffset) return i;
            return spans.length;
        }

        /** Lower-case lemma of token i (its form when the lemmatizer has none). */
        String lemma(int i) {
            if (lemmas == null) lemmas = lemmatize.get();
            String l = lemmas[i];
            return (l == null || l.isEmpty() || "O".equals(l) ? tokens[i] : l).toLowerCase(java.util.Locale.ROOT);
        }
    }
}
