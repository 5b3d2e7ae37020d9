package io.claimstream.claims;

import io.claimstream.claims.DomainResource.CurrencyDef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Money amounts as written ("$21 billion", "US$1.5bn", "900 million euros") into value + ISO 4217 code. */
final class AmountParser {

    record Amount(double value, String currency, String surface) {}

    private final Map<String, String> codeByCue;
    private final Map<String, Double> multipliers;
    private final Pattern prefixed;
    private final Pattern suffixed;

    AmountParser(List<CurrencyDef> currencies, Map<String, Double> multipliers) {
        this.codeByCue = currencies.stream().flatMap(c -> c.cues().stream().map(cue -> Map.entry(cue.toLowerCase(Locale.ROOT), c.code())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
        this.multipliers = multipliers.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        String cues = alternation(codeByCue.keySet());
        String mults = alternation(this.multipliers.keySet());
        String number = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
        this.prefixed = Pattern.compile("(?i)(" + cues + ")\\s?" + number + "(?:\\s?(" + mults + ")\\b)?");
        this.suffixed = Pattern.compile("(?i)\\b" + number + "\\s?(" + mults + ")?\\s+(" + cues + ")\\b");
    }

    Optional<Amount> first(String text) {
        List<Amount> found = new ArrayList<>();
        Matcher m = prefixed.matcher(text);
        while (m.find()) found.add(new Amount(value(m.group(2), m.group(3)), codeByCue.get(m.group(1).toLowerCase(Locale.ROOT)), m.group()));
        Matcher s = suffixed.matcher(text);
        while (s.find()) found.add(new Amount(value(s.group(1), s.group(2)), codeByCue.get(s.group(3).toLowerCase(Locale.ROOT)), s.group()));
        return found.stream().min(Comparator.comparingInt(a -> text.indexOf(a.surface())));
    }

    private double value(String number, String multiplier) {
        double base = Double.parseDouble(number.replace(",", ""));
        return multiplier == null ? base : base * multipliers.getOrDefault(multiplier.toLowerCase(Locale.ROOT), 1.0);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
