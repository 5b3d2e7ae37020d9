package io.claimstream.producer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of an article body, as an ISO 639-1 code or {@code "unknown"}. The 10 MB OpenNLP model is loaded once per
 * JVM. Short texts and close calls answer "unknown": a wrong language would route an article to the wrong analysers,
 * while "unknown" is honest and easy to filter.
 */
public final class LanguageDetector {

    public static final String UNKNOWN = "unknown";
    /** Below this many characters the model's n-gram statistics are too thin to trust. */
    public static final int MIN_CHARS = 200;
    /** How many times likelier the best language must be than the runner-up. */
    static final double MIN_MARGIN = 1.5;
    /** The opening of a text tells its language as well as the whole; long articles would only cost time. */
    static final int MAX_CHARS = 4000;
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private final LanguageDetectorME detector;

    private LanguageDetector(LanguageDetectorModel model) {
        this.detector = new LanguageDetectorME(model);
    }

    /** The shared detector (the model is immutable; LanguageDetectorME keeps no per-call state we rely on). */
    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    public String detect(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return UNKNOWN;
        }
        Language[] ranked;
        synchronized (detector) {
            ranked = detector.predictLanguages(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        }
        if (ranked.length == 0) {
            return UNKNOWN;
        }
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
            return UNKNOWN;
        }
        return Iso639.toIso6391(best.getLang()).orElse(UNKNOWN);
    }

    private static final class Holder {
        private static final LanguageDetector INSTANCE = load();

        private static LanguageDetector load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + MODEL_RESOURCE
                            + " missing: add org.apache.opennlp:opennlp-models-langdetect to the classpath");
                }
                return new LanguageDetector(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }
}
