package io.claimstream.dedup;

import static io.claimstream.dedup.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    private final Fingerprint fingerprint = new FingerprintExtractor().extract(
            article("orig").from("wirenews.com").text(NewsFixtures.IN_OTHER_CHROME).build());

    @Test
    void bytesRoundTripToAnEqualFingerprint() {
        Fingerprint back = Fingerprint.fromBytes(fingerprint.toBytes());

        assertThat(back).isEqualTo(fingerprint);
        assertThat(back.attributions()).containsExactly("wirenews.com");
        assertThat(back.publishedAt()).isEqualTo(fingerprint.publishedAt());
    }

    @Test
    void storedFingerprintRoundTripsWithItsCanonical() {
        StoredFingerprint stored = new StoredFingerprint(fingerprint, "root-1");

        StoredFingerprint back = StoredFingerprint.fromBytes(stored.toBytes());

        assertThat(back.canonicalId()).isEqualTo("root-1");
        assertThat(back.fingerprint()).isEqualTo(fingerprint);
        assertThat(StoredFingerprint.fromBytes(new StoredFingerprint(fingerprint, null).toBytes()).canonicalId())
                .isNull();
    }

    @Test
    void fingerprintStaysWellUnderTwoKilobytesEvenForALongArticle() {
        String longText = (NewsFixtures.ORIGINAL + NewsFixtures.INDEPENDENT_REPORT + NewsFixtures.UNRELATED).repeat(6);

        Fingerprint big = new FingerprintExtractor().extract(article("long").text(longText).build());

        assertThat(fingerprint.toBytes().length).isLessThan(1024);
        assertThat(big.toBytes().length).isLessThan(2048);
    }

    @Test
    void siteChromeIsLeftOutOfTheSentences() {
        Fingerprint plain = new FingerprintExtractor().extract(article("o").text(NewsFixtures.ORIGINAL).build());

        assertThat(fingerprint.sentenceHashes()).containsExactly(plain.sentenceHashes());
    }

    @Test
    void aVersionOneFingerprintStillReadsWithNoSentenceMarkedQuoted() {
        Fingerprint quoting = new FingerprintExtractor().extract(article("q").text(NewsFixtures.CITING_REPORT).build());
        byte[] v2 = quoting.toBytes();
        // Version 1 is version 2 without the trailing quoted-sentence mask.
        byte[] v1 = java.util.Arrays.copyOf(v2, v2.length - Long.BYTES);
        v1[0] = 1;

        Fingerprint back = Fingerprint.fromBytes(v1);

        assertThat(quoting.quotedSentences()).isNotZero();
        assertThat(back.quotedSentences()).isZero();
        assertThat(back.sentenceHashes()).containsExactly(quoting.sentenceHashes());
    }

    @Test
    void unknownFormatVersionIsRejected() {
        byte[] bytes = fingerprint.toBytes();
        bytes[0] = 99;

        assertThatThrownBy(() -> Fingerprint.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 99");
    }

    @Test
    void nonAsciiTextFieldsRoundTrip() {
        Fingerprint accented = new FingerprintExtractor().extract("https://exemple.fr/économie\u0000€", null,
                "société-générale.fr", "fr", null, java.time.Instant.EPOCH,
                "Source: agência-lusa.pt\n" + NewsFixtures.ORIGINAL);

        Fingerprint back = Fingerprint.fromBytes(accented.toBytes());

        assertThat(back).isEqualTo(accented);
        assertThat(back.canonicalUrl()).isEqualTo("https://exemple.fr/économie\u0000€");
        assertThat(back.sourceDomain()).isEqualTo("société-générale.fr");
    }

    @Test
    void aTruncatedFingerprintIsRejected() {
        byte[] bytes = fingerprint.toBytes();

        for (int length : new int[] {0, 1, 5, bytes.length / 2, bytes.length - 1}) {
            byte[] truncated = java.util.Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> Fingerprint.fromBytes(truncated)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
