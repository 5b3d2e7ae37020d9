package io.claimstream.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs the tests, so the compose file and the monitoring config in deploy/ are checked against each
 * other by reading them: mounts point at files that exist, Grafana finds what is mounted, Prometheus scrapes a service
 * that exists on the port it listens on.
 */
class DeployFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyDeployFileTheComposeFileMountsExists() throws IOException {
        Map<String, String> mounts = deployMounts();
        assertThat(mounts).isNotEmpty();
        assertThat(mounts.keySet()).allSatisfy(source -> assertThat(ROOT.resolve(source)).exists());
    }

    @Test
    void grafanaLoadsDashboardsFromWhereTheComposeFileMountsThem() throws IOException {
        Map<String, String> mounts = deployMounts();
        assertThat(mounts).containsEntry("./deploy/grafana/provisioning", "/etc/grafana/provisioning");
        JsonNode providers = YAML.readTree(ROOT.resolve("deploy/grafana/provisioning/dashboards/claimstream.yml").toFile());
        assertThat(mounts.get("./deploy/grafana/dashboards")).isEqualTo(providers.path("providers").get(0).path("options").path("path").asText());
        String home = compose().path("services").path("grafana").path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
        assertThat(home).isEqualTo(mounts.get("./deploy/grafana/dashboards") + "/claimstream.json");
    }

    @Test
    void theDashboardUsesTheProvisionedDatasource() throws IOException {
        JsonNode datasources = YAML.readTree(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml").toFile());
        JsonNode prometheus = datasources.path("datasources").get(0);
        assertThat(prometheus.path("url").asText()).isEqualTo("http://prometheus:9090");
        assertThat(compose().path("services").has("prometheus")).isTrue();
        Set<String> uids = new TreeSet<>();
        collectDatasourceUids(new ObjectMapper().readTree(ROOT.resolve("deploy/grafana/dashboards/claimstream.json").toFile()), uids);
        assertThat(uids).containsExactly(prometheus.path("uid").asText());
    }

    @Test
    void prometheusScrapesTheStreamsAppServiceOnItsHttpPort() throws IOException {
        JsonNode prometheus = YAML.readTree(ROOT.resolve("deploy/prometheus.yml").toFile());
        String target = prometheus.path("scrape_configs").get(0).path("static_configs").get(0).path("targets").get(0).asText();
        String[] hostPort = target.split(":");
        JsonNode service = compose().path("services").path(hostPort[0]);
        assertThat(service.isMissingNode()).as("compose service " + hostPort[0]).isFalse();
        // The app listens on http.port, 8080 unless CLAIMSTREAM_HTTP_PORT says otherwise; the published port maps to it.
        String port = service.path("environment").path("CLAIMSTREAM_HTTP_PORT").asText("8080");
        assertThat(hostPort[1]).isEqualTo(port);
        assertThat(service.path("ports")).extracting(JsonNode::asText).anySatisfy(p -> assertThat(p).endsWith(":" + port));
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    /** Bind mounts from ./deploy, source to container path, over every service. */
    private static Map<String, String> deployMounts() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        compose().path("services").forEach(service -> service.path("volumes").forEach(v -> {
            List<String> parts = List.of(v.asText().split(":"));
            if (parts.get(0).startsWith("./deploy/")) {
                out.put(parts.get(0), parts.get(1));
            }
        }));
        return out;
    }

    private static void collectDatasourceUids(JsonNode node, Set<String> uids) {
        if (node.isObject()) {
            if (node.path("datasource").has("uid")) {
                uids.add(node.path("datasource").path("uid").asText());
            }
            node.forEach(child -> collectDatasourceUids(child, uids));
        } else if (node.isArray()) {
            node.forEach(child -> collectDatasourceUids(child, uids));
        }
    }
}
