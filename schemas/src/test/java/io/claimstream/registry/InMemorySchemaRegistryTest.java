package io.claimstream.registry;

import static io.claimstream.registry.TestSchemas.paymentV1;
import static io.claimstream.registry.TestSchemas.paymentV2WithDefaultedCurrency;
import static io.claimstream.registry.TestSchemas.paymentV2WithRequiredCurrency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void theSameSchemaHasOneIdAcrossSubjectsLikeConfluent() {
        int first = registry.register("a-value", paymentV1());
        int second = registry.register("b-value", paymentV1());

        assertThat(second).isEqualTo(first);
        assertThat(registry.getById(first)).isEqualTo(paymentV1());
    }

    @Test
    void reRegisteringReturnsTheExistingVersion() {
        registry.register("a-value", paymentV1());
        registry.register("a-value", paymentV1());

        assertThat(registry.latest("a-value")).get().extracting(RegisteredSchema::version).isEqualTo(1);
    }

    @Test
    void backwardIsTheDefaultAndRejectsANewFieldWithoutDefault() {
        registry.register("a-value", paymentV1());

        assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThatThrownBy(() -> registry.register("a-value", paymentV2WithRequiredCurrency()))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.isIncompatible()).isTrue();
                    assertThat(e.registryMessage()).contains("currency");
                });
        assertThat(registry.register("a-value", paymentV2WithDefaultedCurrency())).isPositive();
    }

    @Test
    void levelNoneOnTheSubjectAcceptsAnything() {
        registry.register("a-value", paymentV1());
        registry.setSubjectCompatibility("a-value", CompatibilityLevel.NONE);

        assertThat(registry.testCompatibility("a-value", paymentV2WithRequiredCurrency())).isTrue();
        assertThat(registry.register("a-value", paymentV2WithRequiredCurrency())).isPositive();
        assertThat(registry.subjects()).containsExactly("a-value");
    }

    @Test
    void forwardChecksThatOldReadersCanReadNewData() {
        registry.setGlobalCompatibility(CompatibilityLevel.FORWARD);
        registry.register("a-value", paymentV2WithRequiredCurrency());

        // v1 readers can read data with an extra field; the reverse is what BACKWARD would forbid.
        assertThat(registry.testCompatibility("a-value", paymentV1())).isFalse();
    }

    @Test
    void unknownIdIsSchemaNotFound() {
        assertThatThrownBy(() -> registry.getById(7))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.isSchemaNotFound()).isTrue());
    }

    @Test
    void mockUrlsShareOneRegistryPerName() {
        SchemaRegistries.dropMock("shared-test");
        SchemaRegistryClient producerSide = SchemaRegistries.forUrl("mock://shared-test");
        SchemaRegistryClient consumerSide = SchemaRegistries.forUrl("mock://shared-test");

        int id = producerSide.register("a-value", paymentV1());

        assertThat(consumerSide.getById(id)).isEqualTo(paymentV1());
        assertThat(SchemaRegistries.forUrl("mock://other-test").subjects()).isEmpty();
        assertThat(SchemaRegistries.forUrl("http://localhost:1")).isInstanceOf(HttpSchemaRegistryClient.class);
        assertThatThrownBy(() -> SchemaRegistries.forUrl("kafka://x")).isInstanceOf(IllegalArgumentException.class);
    }
}
