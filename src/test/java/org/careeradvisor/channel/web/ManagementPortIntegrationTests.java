package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.channel.web.ActuatorAccessIntegrationTests.get;

import java.util.List;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment's layout ({@code management.server.port} set, as in docker/): actuator is served only on the
 * management port, with its own threads, and the same rules hold there as on the main port by default.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            "management.server.port=0",
            "advisor.admin.token=mgmt-admin-3"
        })
class ManagementPortIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0;
                i < 450
                        && get(managementPort, "/actuator/health/readiness", null)
                                        .status()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    @Test
    void actuatorIsOnlyOnTheManagementPortWhereAnonymousHealthSaysOnlyUpOrDown() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path :
                List.of("/actuator/health", "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus")) {
            assertThat(get(port, path, "Bearer mgmt-admin-3").status())
                    .as("main port " + path)
                    .isEqualTo(404);
        }
        JsonNode health =
                JSON.readTree(get(managementPort, "/actuator/health", null).body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(JSON.readTree(get(managementPort, "/actuator/health/liveness", null)
                                .body())
                        .propertyNames())
                .containsExactly("status");
        assertThat(JSON.readTree(get(managementPort, "/actuator/health", "Bearer mgmt-admin-3")
                                .body())
                        .get("components")
                        .has("db"))
                .isTrue();
    }

    @Test
    void infoAndPrometheusNeedTheAdminTokenAndOddPathsGet400OnTheManagementPortToo() throws Exception {
        assertThat(get(managementPort, "/actuator/info", null).status()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/prometheus", "Bearer mgmt-admin-3")
                        .body())
                .contains("advisor_");
        for (String path : ActuatorAccessIntegrationTests.ODD_PATHS) {
            ActuatorAccessIntegrationTests.Response response = get(managementPort, path, null);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }
}
