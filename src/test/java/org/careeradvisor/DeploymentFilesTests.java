package org.careeradvisor;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker cannot run here, so the deployment files are checked for what can be checked: they parse, build the jar the
 * README builds, and name the ports, probes, variables and secrets the application uses.
 */
class DeploymentFilesTests {

    private static final Path DOCKER = Path.of("docker");

    @Test
    void theDockerfileBuildsTheReadmeJarAndRunsItAsANonRootUserWithAReadinessHealthcheck() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<finalName>career-advisor</finalName>");
        assertThat(dockerfile).contains("./mvnw -q package -DskipTests", "target/career-advisor.jar", "FROM eclipse-temurin:17-jre")
                .contains("USER advisor", "EXPOSE 8080 8081", "HEALTHCHECK", "JAVA_TOOL_OPTIONS")
                // probes go to the management port, which has its own threads
                .contains("MANAGEMENT_SERVER_PORT=8081", "http://127.0.0.1:8081/actuator/health/readiness")
                .contains("COPY --chown=advisor knowledge /app/knowledge", "ADVISOR_KNOWLEDGE_DIR=/app/knowledge");
        assertThat(dockerfile.indexOf("USER advisor")).isLessThan(dockerfile.indexOf("ENTRYPOINT"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheBotBehindNginxWithPostgresAndAnOptionalOllamaProfileWithSecretsFromEnv() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml")).get(0);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> advisor = (Map<String, Object>) services.get("advisor");
        Map<String, Object> proxy = (Map<String, Object>) services.get("proxy");
        Map<String, Object> environment = (Map<String, Object>) advisor.get("environment");

        assertThat(services).containsKeys("proxy", "advisor", "postgres", "ollama");
        // Only the proxy is published; the app and its management port stay on the compose network.
        assertThat((List<String>) proxy.get("ports")).containsExactly("8080:8080");
        assertThat(advisor).doesNotContainKey("ports");
        assertThat((List<String>) proxy.get("volumes")).containsExactly("./nginx.conf:/etc/nginx/nginx.conf:ro");
        // The app trusts X-Forwarded-For from the proxy's fixed address and from nothing else.
        String proxyAddress = ((Map<String, Map<String, Object>>) proxy.get("networks")).get("default").get("ipv4_address").toString();
        assertThat(environment.get("SERVER_FORWARDHEADERSSTRATEGY")).isEqualTo("native");
        assertThat(environment.get("SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES")).isEqualTo(proxyAddress.replace(".", "\\."));
        assertThat((List<String>) advisor.get("env_file")).containsExactly(".env");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/advisor");
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD").toString()).startsWith("${POSTGRES_PASSWORD");
        assertThat((List<String>) ((Map<String, Object>) services.get("ollama")).get("profiles")).containsExactly("ollama");
        assertThat((Map<String, Object>) ((Map<String, Object>) services.get("postgres"))).containsKey("volumes");
        assertThat(Files.readString(Path.of(".gitignore"))).contains("docker/.env");
        assertThat(Files.readString(DOCKER.resolve(".env.example"))).contains("POSTGRES_PASSWORD=", "ADVISOR_ADMIN_TOKEN=", "ADVISOR_LLM_API_KEY=");
    }

    @Test
    void theProxyBuffersBodiesWithTheAppsLimitsForwardsTheClientAddressAndKeepsActuatorInside() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));

        assertThat(nginx).contains("proxy_request_buffering on;", "client_max_body_size 16k;", "client_body_buffer_size 16k;",
                "client_body_timeout 10s;", "client_header_timeout 10s;", "server advisor:8080;",
                "proxy_set_header X-Forwarded-For $remote_addr;", "limit_conn_status 429;");
        assertThat(nginx).containsPattern("location /actuator \\{\\s*return 404;");
        assertThat(nginx).doesNotContain("8081", "$proxy_add_x_forwarded_for");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClusterManifestsRunTwoReplicasWithProbesOnTheActuatorGroupsAndMatchingNames() throws IOException {
        Map<String, Object> deployment = yaml(DOCKER.resolve("k8s/deployment.yaml")).get(0);
        Map<String, Object> service = yaml(DOCKER.resolve("k8s/service.yaml")).get(0);
        Map<String, Object> configMap = yaml(DOCKER.resolve("k8s/configmap.yaml")).get(0);
        Map<String, Object> secret = yaml(DOCKER.resolve("k8s/secret.template.yaml")).get(0);

        Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) spec.get("template"))
                .get("spec")).get("containers")).get(0);
        assertThat(container.toString()).contains("containerPort=8080", "{name=management, containerPort=8081}",
                "{path=/actuator/health/readiness, port=management}", "{path=/actuator/health/liveness, port=management}")
                .doesNotContain("port=http}");
        assertThat(((Map<String, Object>) configMap.get("data")).get("MANAGEMENT_SERVER_PORT")).isEqualTo("8081");
        assertThat(container.toString()).contains("configMapRef={name=" + name(configMap) + "}", "secretRef={name=" + name(secret) + "}");
        assertThat(((Map<String, Object>) configMap.get("data")).get("SPRING_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://");
        assertThat(((Map<String, Object>) secret.get("stringData"))).containsKeys("SPRING_DATASOURCE_PASSWORD", "ADVISOR_ADMIN_TOKEN",
                "ADVISOR_LLM_API_KEY", "ADVISOR_TELEGRAM_BOT_TOKEN", "ADVISOR_TELEGRAM_WEBHOOK_SECRET");
        // Two replicas polling one bot would fight (409 Conflict): the cluster takes Telegram updates by webhook.
        assertThat(((Map<String, Object>) configMap.get("data")).get("ADVISOR_TELEGRAM_MODE")).isEqualTo("webhook");
        assertThat(service.toString()).contains("targetPort=http", "app=career-advisor").doesNotContain("management", "8081");
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> resource) {
        return ((Map<String, Object>) resource.get("metadata")).get("name").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        for (Object document : yaml.loadAll(Files.readString(file))) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }
}
