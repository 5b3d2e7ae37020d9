package io.claimstream.producer.testing;

/**
 * Article texts written for these tests (never corpus text). Each long one is over the 200-character floor of
 * language detection.
 */
public final class Fixtures {

    public static final String ENGLISH_TEXT = """
            The city council approved a new budget on Tuesday evening after a long debate about public transport. \
            Members agreed to spend more money on buses and bicycle lanes, while the mayor promised that taxes would \
            not rise next year. Several residents attended the meeting and asked questions about road repairs in \
            their neighbourhoods, which the council said would begin in the spring.""";

    public static final String FRENCH_TEXT = """
            Le conseil municipal a adopté mardi soir un nouveau budget après un long débat sur les transports en \
            commun. Les élus ont décidé de consacrer davantage d'argent aux autobus et aux pistes cyclables, tandis \
            que le maire a promis que les impôts n'augmenteraient pas l'année prochaine. Plusieurs habitants ont \
            assisté à la séance et ont posé des questions sur la réfection des routes de leurs quartiers.""";

    public static final String SECOND_ENGLISH_TEXT = """
            A regional airline said on Monday that it would add three routes this summer, linking smaller towns to \
            the capital. The company expects demand to grow as tourism recovers, and it plans to hire forty new \
            staff before June. Analysts said the move was risky because fuel prices remain high, but local business \
            groups welcomed the news and said better connections would help trade.""";

    private Fixtures() {
    }
}
