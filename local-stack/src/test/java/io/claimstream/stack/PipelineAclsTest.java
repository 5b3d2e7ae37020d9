package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclPermissionType;
import org.junit.jupiter.api.Test;

class PipelineAclsTest {

    private final List<AclBinding> acls = PipelineAcls.claimstreamDefaults().bindings();

    @Test
    void everyAclAllowsNeverDenies() {
        assertThat(acls).allSatisfy(a -> assertThat(a.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW));
    }

    @Test
    void theProducerOnlyWritesArticlesAndDeadLetters() {
        assertThat(grants(StackPrincipal.PRODUCER)).containsExactlyInAnyOrder(
                "TOPIC LITERAL articles.raw.v1 WRITE", "TOPIC LITERAL pipeline.dead-letters.v1 WRITE");
    }

    @Test
    void downstreamOnlyReadsDealsAndBidUpdatesInItsOwnGroups() {
        assertThat(grants(StackPrincipal.DOWNSTREAM)).containsExactlyInAnyOrder(
                "TOPIC LITERAL deals.v1 READ", "TOPIC LITERAL deals.bid-updates.v1 READ", "GROUP PREFIXED downstream READ");
    }

    @Test
    void theStreamsAppReadsItsInputAndOwnsWhatIsNamedAfterItsApplicationId() {
        assertThat(grants(StackPrincipal.STREAMS)).contains(
                "TOPIC LITERAL articles.raw.v1 READ",
                "TOPIC LITERAL claims.v1 READ", "TOPIC LITERAL claims.v1 WRITE",
                "TOPIC LITERAL deals.v1 WRITE", "TOPIC LITERAL pipeline.dead-letters.v1 WRITE",
                "TOPIC PREFIXED claimstream ALL", "GROUP PREFIXED claimstream READ",
                "TRANSACTIONAL_ID PREFIXED claimstream WRITE", "CLUSTER LITERAL kafka-cluster IDEMPOTENT_WRITE");
        assertThat(grants(StackPrincipal.STREAMS)).doesNotContain("TOPIC LITERAL articles.raw.v1 WRITE",
                "TOPIC LITERAL deals.v1 READ");
    }

    @Test
    void theAdminNeedsNoAclAsSuperUser() {
        assertThat(grants(StackPrincipal.ADMIN)).isEmpty();
    }

    private List<String> grants(StackPrincipal principal) {
        return acls.stream().filter(a -> a.entry().principal().equals(principal.kafkaPrincipal()))
                .map(a -> a.pattern().resourceType() + " " + a.pattern().patternType() + " " + a.pattern().name() + " "
                        + a.entry().operation())
                .toList();
    }
}
