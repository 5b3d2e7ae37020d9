package io.claimstream.producer.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps the ISO 639-3 codes OpenNLP's language model speaks to the ISO 639-1 codes the Article contract wants. */
public final class Iso639 {

    private static final Map<String, String> TO_639_1 = build();

    private Iso639() {
    }

    /** The two-letter code, or empty when the language has none (then the article says "unknown"). */
    public static Optional<String> toIso6391(String iso6393) {
        return Optional.ofNullable(TO_639_1.get(iso6393.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            // Locale knows the 639-2/T code of every 639-1 language, which equals the 639-3 code for individual languages.
            String three = Locale.forLanguageTag(two).getISO3Language();
            if (!three.isEmpty()) {
                map.put(three, two);
            }
        }
        // The model labels some languages by an individual member of a macrolanguage; fold them to the macrolanguage.
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("prs", "fa");
        map.put("zsm", "ms");
        map.put("lvs", "lv");
        map.put("ekk", "et");
        map.put("nob", "nb");
        map.put("nno", "nn");
        map.put("swh", "sw");
        map.put("arb", "ar");
        map.put("azj", "az");
        map.put("uzn", "uz");
        map.put("khk", "mn");
        map.put("plt", "mg");
        map.put("gug", "gn");
        map.put("ydd", "yi");
        map.put("npi", "ne");
        map.put("quz", "qu");
        map.put("ory", "or");
        map.put("als", "sq");
        return Map.copyOf(map);
    }
}
