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
                .contains("USER advisor", "EXPOSE 8080", "HEALTHCHECK", "/actuator/health/readiness", "MaxRAMPercentage")
                .contains("COPY --chown=advisor knowledge /app/knowledge", "ADVISOR_KNOWLEDGE_DIR=/app/knowledge");
        assertThat(dockerfile.indexOf("USER advisor")).isLessThan(dockerfile.indexOf("ENTRYPOINT"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheBotWithPostgresAndAnOptionalOllamaProfileWithSecretsFromEnv() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml")).get(0);
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> advisor = (Map<String, Object>) services.get("advisor");
        Map<String, Object> environment = (Map<String, Object>) advisor.get("environment");

        assertThat(services).containsKeys("advisor", "postgres", "ollama");
        assertThat((List<String>) advisor.get("ports")).containsExactly("8080:8080");
        assertThat((List<String>) advisor.get("env_file")).containsExactly(".env");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/advisor");
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD").toString()).startsWith("${POSTGRES_PASSWORD");
        assertThat((List<String>) ((Map<String, Object>) services.get("ollama")).get("profiles")).containsExactly("ollama");
        assertThat((Map<String, Object>) ((Map<String, Object>) services.get("postgres"))).containsKey("volumes");
        assertThat(Files.readString(Path.of(".gitignore"))).contains("docker/.env");
        assertThat(Files.readString(DOCKER.resolve(".env.example"))).contains("POSTGRES_PASSWORD=", "ADVISOR_ADMIN_TOKEN=", "ADVISOR_LLM_API_KEY=");
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
        assertThat(container.toString()).contains("containerPort=8080", "path=/actuator/health/readiness", "path=/actuator/health/liveness");
        assertThat(container.toString()).contains("configMapRef={name=" + name(configMap) + "}", "secretRef={name=" + name(secret) + "}");
        assertThat(((Map<String, Object>) configMap.get("data")).get("SPRING_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://");
        assertThat(((Map<String, Object>) secret.get("stringData"))).containsKeys("SPRING_DATASOURCE_PASSWORD", "ADVISOR_ADMIN_TOKEN",
                "ADVISOR_LLM_API_KEY", "ADVISOR_TELEGRAM_BOT_TOKEN", "ADVISOR_TELEGRAM_WEBHOOK_SECRET");
        // Two replicas polling one bot would fight (409 Conflict): the cluster takes Telegram updates by webhook.
        assertThat(((Map<String, Object>) configMap.get("data")).get("ADVISOR_TELEGRAM_MODE")).isEqualTo("webhook");
        assertThat(service.toString()).contains("targetPort=http", "app=career-advisor");
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
