package io.claimstream.producer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void validUtf8DecodesWithoutItsByteOrderMark() {
        byte[] bytes = "\uFEFFCafé".getBytes(StandardCharsets.UTF_8);
        assertThat(StrictUtf8.decode(bytes)).isEqualTo(new StrictUtf8.Text("Café"));
    }

    @Test
    void latin1BytesAreInvalidUtf8NotMojibake() {
        byte[] bytes = "Café au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(StrictUtf8.decode(bytes)).isInstanceOf(StrictUtf8.Invalid.class);
    }

    @Test
    void bytesWithNulAreBinary() {
        assertThat(StrictUtf8.decode(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0})).isInstanceOf(StrictUtf8.Binary.class);
    }
}
