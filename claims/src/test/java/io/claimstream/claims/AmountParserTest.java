package io.claimstream.claims;

import io.claimstream.schema.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    private final AmountParser parser = new Lexicon(DomainResource.loadDefault()).amounts;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plans to invest $21 billion in the DRC | 2.1E10 | USD",
            "a US$1.5bn refinery | 1.5E9 | USD",
            "worth 900 million euros | 9.0E8 | EUR",
            "a $500,000 grant | 500000 | USD"})
    void statedAmountsBecomeValueAndCurrency(String text, double value, String currency) {
        AmountParser.Amount amount = parser.first(text).orElseThrow();

        assertThat(amount.value()).isEqualTo(value);
        assertThat(amount.currency()).isEqualTo(currency);
    }

    @Test
    void investmentPledgeCarriesItsAmountIntoTheClaim() {
        Claim claim = SharedExtractor.INSTANCE.extract(TestArticles.english(
                "Qatari investment firm Al Mansour Holding plans to invest $21 billion in the Democratic Republic of Congo's mining sector."))
                .claims().get(0);

        assertThat(claim.getConsideration()).anySatisfy(c -> {
            assertThat(c.getKind()).isEqualTo("investment");
            assertThat(c.getAmount()).isEqualTo(2.1e10);
            assertThat(c.getCurrency()).isEqualTo("USD");
        });
    }

    @Test
    void aYearIsNotAnAmount() {
        assertThat(parser.first("signed in 2025 in Washington")).isEmpty();
    }
}
