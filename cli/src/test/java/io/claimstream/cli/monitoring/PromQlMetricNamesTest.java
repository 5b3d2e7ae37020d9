package io.claimstream.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void aBareSelectorIsItsMetric() {
        assertThat(PromQlMetricNames.of("claimstream_consumer_lag_records")).containsExactly("claimstream_consumer_lag_records");
    }

    @Test
    void functionsGroupingLabelsAndGrafanaVariablesAreNotMetrics() {
        assertThat(PromQlMetricNames.of(
                "histogram_quantile(0.99, sum by (le) (rate(claimstream_end_to_end_latency_seconds_bucket[$__rate_interval])))"))
                .containsExactly("claimstream_end_to_end_latency_seconds_bucket");
    }

    @Test
    void labelMatchersAndTheirValuesAreNotMetrics() {
        assertThat(PromQlMetricNames.of("sum(jvm_memory_used_bytes{area=\"heap\", id=~\"G1.*\"}) / sum (jvm_memory_max_bytes {area=\"heap\"})"))
                .containsExactly("jvm_memory_used_bytes", "jvm_memory_max_bytes");
    }

    @Test
    void everyOperandOfABinaryExpressionIsAMetric() {
        assertThat(PromQlMetricNames.of("rate(a_sum[5m]) / on (job) group_left rate(a_count[5m]) > bool 0 or vector(0)"))
                .containsExactly("a_sum", "a_count");
    }

    @Test
    void aggregationWithTheGroupingClauseAfterwardsKeepsOnlyTheMetric() {
        assertThat(PromQlMetricNames.of("sum(rate(claimstream_claims_total[1m])) by (action)")).containsExactly("claimstream_claims_total");
    }
}
