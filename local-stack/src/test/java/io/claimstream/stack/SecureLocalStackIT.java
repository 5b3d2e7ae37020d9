package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secure stack on its own: SCRAM logins, ACLs from the first moment, passwords that survive a restart. */
class SecureLocalStackIT {

    @TempDir
    Path dataDir;

    @Test
    void onlyAuthenticatedPrincipalsGetInAndEachOnlyAsFarAsItsAcls() throws Exception {
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(dataDir).withSecurity(StackSecurity.SASL_SCRAM);
        Path adminConfig;
        String userInfo;
        try (LocalStack stack = LocalStack.start(options)) {
            adminConfig = stack.clientConfig(StackPrincipal.ADMIN).orElseThrow();
            String bootstrap = stack.endpoints().bootstrapServers();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(adminConfig))).isEqualTo("rw-------");
            assertThat(LocalStackControl.status(dataDir).render()).contains("SCRAM-SHA-512",
                    dataDir.resolve("clients/streams.properties").toString());

            String subjects = stack.endpoints().schemaRegistryUrl() + "/subjects";
            assertThat(httpStatus(subjects, null)).as("registry without a login").isEqualTo(401);
            userInfo = load(stack.registryClientConfig().orElseThrow())
                    .getProperty("schema.registry.basic.auth.user.info");
            assertThat(httpStatus(subjects, userInfo)).as("registry with the stack's login").isEqualTo(200);
            assertThat(httpStatus(subjects, "claimstream:guessed")).isEqualTo(401);

            try (Admin admin = admin(bootstrap, load(adminConfig))) {
                admin.createTopics(List.of(new NewTopic("articles.raw.v1", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("articles.raw.v1");
            }
            try (Admin producer = admin(bootstrap, load(stack.clientConfig(StackPrincipal.PRODUCER).orElseThrow()))) {
                assertThat(producer.listTopics().names().get(30, TimeUnit.SECONDS)).containsExactly("articles.raw.v1");
                assertThatThrownBy(() -> producer.createTopics(List.of(new NewTopic("x", 1, (short) 1))).all()
                        .get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(TopicAuthorizationException.class);
            }
            Properties wrongPassword = load(adminConfig);
            wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                    + " username=\"admin\" password=\"guessed\";");
            try (Admin intruder = admin(bootstrap, wrongPassword)) {
                assertThatThrownBy(() -> intruder.listTopics().names().get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }

        try (LocalStack again = LocalStack.start(options);
             Admin admin = admin(again.endpoints().bootstrapServers(), load(adminConfig))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .as("the passwords of the first start still work").contains("articles.raw.v1");
            assertThat(httpStatus(again.endpoints().schemaRegistryUrl() + "/subjects", userInfo)).isEqualTo(200);
        }
    }

    private static int httpStatus(String uri, String userInfo) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (userInfo != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Admin admin(String bootstrap, Properties security) {
        Properties props = new Properties();
        props.putAll(security);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return Admin.create(props);
    }

    private static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        }
        return props;
    }
}
