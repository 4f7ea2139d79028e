package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careeradvisor.llm.LlmProperties;
import org.careeradvisor.llm.LlmProvider;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
        assertThat(dockerfile)
                .contains("./mvnw -q package -DskipTests", "target/career-advisor.jar", "FROM eclipse-temurin:17-jre")
                .contains("USER 10001:10001", "EXPOSE 8080 8081", "HEALTHCHECK", "JAVA_TOOL_OPTIONS")
                // probes go to the management port, which has its own threads
                .contains("MANAGEMENT_SERVER_PORT=8081", "http://127.0.0.1:8081/actuator/health/readiness")
                .contains("COPY --chown=10001:10001 knowledge /app/knowledge", "ADVISOR_KNOWLEDGE_DIR=/app/knowledge");
        assertThat(dockerfile.indexOf("USER 10001:10001")).isLessThan(dockerfile.indexOf("ENTRYPOINT"));
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
        String proxyAddress = ((Map<String, Map<String, Object>>) proxy.get("networks"))
                .get("default")
                .get("ipv4_address")
                .toString();
        assertThat(environment.get("SERVER_FORWARDHEADERSSTRATEGY")).isEqualTo("native");
        assertThat(environment.get("SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES"))
                .isEqualTo(proxyAddress.replace(".", "\\."));
        assertThat((List<String>) advisor.get("env_file")).containsExactly(".env");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/advisor");
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD").toString()).startsWith("${POSTGRES_PASSWORD");
        assertThat((List<String>) ((Map<String, Object>) services.get("ollama")).get("profiles"))
                .containsExactly("ollama");
        assertThat((Map<String, Object>) ((Map<String, Object>) services.get("postgres")))
                .containsKey("volumes");
        assertThat(Files.readString(Path.of(".gitignore"))).contains("docker/.env");
        assertThat(Files.readString(DOCKER.resolve(".env.example")))
                .contains("POSTGRES_PASSWORD=", "ADVISOR_ADMIN_TOKEN=", "ADVISOR_LLM_API_KEY=");
    }

    @Test
    void theProxyBuffersBodiesWithTheAppsLimitsForwardsTheClientAddressAndKeepsActuatorInside() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));

        assertThat(nginx)
                .contains(
                        "proxy_request_buffering on;",
                        "client_max_body_size 16k;",
                        "client_body_buffer_size 16k;",
                        "client_body_timeout 10s;",
                        "client_header_timeout 10s;",
                        "server advisor:8080;",
                        "proxy_set_header X-Forwarded-For $remote_addr;",
                        "limit_conn_status 429;");
        assertThat(nginx).containsPattern("location /actuator \\{\\s*return 404;");
        assertThat(nginx).doesNotContain("8081", "$proxy_add_x_forwarded_for");
    }

    @Test
    void theProxysAccessLogMasksConversationIdsWhichAreTheKeysToConversations() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));

        // nginx's default (combined) format logs the request line, and with it /api/conversations/<id>/messages.
        assertThat(nginx)
                .contains(
                        "access_log /dev/stdout masked;",
                        "log_format masked ",
                        "\"~^/api/conversations/[^/?]+(?<after_id>.*)$\" \"/api/conversations/***$after_id\";");
        assertThat(nginx)
                .doesNotContain("access_log /dev/stdout;")
                .doesNotContainPattern("log_format masked [^;]*\\$request[ \"]")
                .doesNotContainPattern("log_format masked [^;]*\\$request_uri");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClusterManifestsRunTwoReplicasWithProbesOnTheActuatorGroupsAndMatchingNames() throws IOException {
        Map<String, Object> deployment =
                yaml(DOCKER.resolve("k8s/deployment.yaml")).get(0);
        Map<String, Object> service = yaml(DOCKER.resolve("k8s/service.yaml")).get(0);
        Map<String, Object> configMap =
                yaml(DOCKER.resolve("k8s/configmap.yaml")).get(0);
        Map<String, Object> secret =
                yaml(DOCKER.resolve("k8s/secret.template.yaml")).get(0);

        Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> container = ((List<Map<String, Object>>)
                        ((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec"))
                                .get("containers"))
                .get(0);
        assertThat(container.toString())
                .contains(
                        "containerPort=8080",
                        "{name=management, containerPort=8081}",
                        "{path=/actuator/health/readiness, port=management}",
                        "{path=/actuator/health/liveness, port=management}")
                .doesNotContain("port=http}");
        assertThat(((Map<String, Object>) configMap.get("data")).get("MANAGEMENT_SERVER_PORT"))
                .isEqualTo("8081");
        assertThat(container.toString())
                .contains("configMapRef={name=" + name(configMap) + "}", "secretRef={name=" + name(secret) + "}");
        assertThat(((Map<String, Object>) configMap.get("data"))
                        .get("SPRING_DATASOURCE_URL")
                        .toString())
                .startsWith("jdbc:postgresql://");
        assertThat(((Map<String, Object>) secret.get("stringData")))
                .containsKeys(
                        "SPRING_DATASOURCE_PASSWORD",
                        "ADVISOR_ADMIN_TOKEN",
                        "ADVISOR_LLM_API_KEY",
                        "ADVISOR_TELEGRAM_BOT_TOKEN",
                        "ADVISOR_TELEGRAM_WEBHOOK_SECRET");
        // Two replicas polling one bot would fight (409 Conflict): the cluster takes Telegram updates by webhook.
        assertThat(((Map<String, Object>) configMap.get("data")).get("ADVISOR_TELEGRAM_MODE"))
                .isEqualTo("webhook");
        assertThat(service.toString())
                .contains("targetPort=http", "app=career-advisor")
                .doesNotContain("management", "8081");
    }

    @Test
    void composeLeavesEachLanguageModelProviderItsOwnUrlAndModel() throws IOException {
        // .env choosing OpenAI: OpenAI's API and model, not the ollama profile's server.
        LlmProperties openai = llmPropertiesUnderCompose(
                Map.of("POSTGRES_PASSWORD", "p", "ADVISOR_LLM_PROVIDER", "openai", "ADVISOR_LLM_API_KEY", "sk-test"));
        assertThat(openai.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(openai.endpoint()).isEqualTo(new LlmProperties.Endpoint("https://api.openai.com/v1", "gpt-4o-mini"));

        // .env choosing Ollama: the profile's server on the compose network, its default model.
        LlmProperties ollama =
                llmPropertiesUnderCompose(Map.of("POSTGRES_PASSWORD", "p", "ADVISOR_LLM_PROVIDER", "ollama"));
        assertThat(ollama.endpoint()).isEqualTo(new LlmProperties.Endpoint("http://ollama:11434", "llama3.1"));

        // Another OpenAI-compatible server: .env's own URL and model win.
        LlmProperties vllm = llmPropertiesUnderCompose(Map.of(
                "POSTGRES_PASSWORD",
                "p",
                "ADVISOR_LLM_PROVIDER",
                "openai",
                "ADVISOR_LLM_BASE_URL",
                "http://vllm:8000/v1",
                "ADVISOR_LLM_MODEL",
                "my-model"));
        assertThat(vllm.endpoint()).isEqualTo(new LlmProperties.Endpoint("http://vllm:8000/v1", "my-model"));

        // The shipped .env.example, copied as is with the provider switched, gives the same answers.
        Map<String, String> example = new java.util.HashMap<>(dotEnv(DOCKER.resolve(".env.example")));
        example.put("ADVISOR_LLM_PROVIDER", "openai");
        assertThat(llmPropertiesUnderCompose(example).endpoint().baseUrl()).isEqualTo("https://api.openai.com/v1");
        example.put("ADVISOR_LLM_PROVIDER", "ollama");
        assertThat(llmPropertiesUnderCompose(example).endpoint())
                .isEqualTo(new LlmProperties.Endpoint("http://ollama:11434", "llama3.1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOllamaProfilePullsTheModelTheAppAsksForOnceTheServerAnswers() throws IOException {
        Map<String, Object> services = (Map<String, Object>)
                yaml(DOCKER.resolve("compose.yaml")).get(0).get("services");
        Map<String, Object> ollama = (Map<String, Object>) services.get("ollama");
        Map<String, Object> pull = (Map<String, Object>) services.get("ollama-pull");

        assertThat((List<String>) pull.get("profiles")).containsExactly("ollama");
        assertThat(pull.get("image")).isEqualTo(ollama.get("image"));
        assertThat(pull.get("entrypoint")).isEqualTo(List.of("ollama"));
        assertThat(pull.get("restart")).isEqualTo("no");
        assertThat(pull.get("depends_on")).isEqualTo(Map.of("ollama", Map.of("condition", "service_healthy")));
        assertThat(ollama).containsKey("healthcheck");
        assertThat(((Map<String, Object>) pull.get("environment")).get("OLLAMA_HOST"))
                .isEqualTo("http://ollama:11434");
        // The model pulled is the one the app then asks for, with the same default.
        List<String> command = (List<String>) pull.get("command");
        assertThat(command.get(0)).isEqualTo("pull");
        LlmProperties defaults = new org.springframework.boot.context.properties.bind.Binder(List.of())
                .bindOrCreate("advisor.llm", LlmProperties.class);
        assertThat(interpolate(command.get(1), Map.of()))
                .isEqualTo(defaults.ollama().model());
        assertThat(interpolate(command.get(1), Map.of("ADVISOR_LLM_OLLAMA_MODEL", "qwen2.5:3b")))
                .isEqualTo("qwen2.5:3b");
        LlmProperties app = llmPropertiesUnderCompose(Map.of(
                "POSTGRES_PASSWORD", "p", "ADVISOR_LLM_PROVIDER", "ollama", "ADVISOR_LLM_OLLAMA_MODEL", "qwen2.5:3b"));
        assertThat(app.endpoint().model()).isEqualTo("qwen2.5:3b");
        // Models are kept on a volume, so the pull happens once.
        assertThat((List<String>) ollama.get("volumes")).containsExactly("ollama-models:/root/.ollama");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheAppWithARootFileSystemItCannotWriteToExceptItsDataVolumeAndTmp() throws IOException {
        Map<String, Object> advisor = (Map<String, Object>) ((Map<String, Object>)
                        yaml(DOCKER.resolve("compose.yaml")).get(0).get("services"))
                .get("advisor");

        assertThat(advisor.get("read_only")).isEqualTo(true);
        // Native libraries are unpacked into /tmp and loaded from there: it must allow exec (a tmpfs is noexec by
        // default).
        assertThat((List<String>) advisor.get("tmpfs")).containsExactly("/tmp:exec,mode=1777");
        assertThat(Files.readString(DOCKER.resolve("Dockerfile")))
                .contains("DJL_CACHE_DIR=/tmp/", "XDG_CACHE_HOME=/tmp/");
        assertThat((List<String>) advisor.get("volumes")).containsExactly("advisor-data:/app/data");
        assertThat((List<String>) advisor.get("cap_drop")).containsExactly("ALL");
        assertThat((List<String>) advisor.get("security_opt")).containsExactly("no-new-privileges:true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyClusterPodMeetsTheRestrictedPodSecurityStandardAndTheAppWritesOnlyToItsVolumes() throws IOException {
        Map<String, Object> namespace =
                yaml(DOCKER.resolve("k8s/namespace.yaml")).get(0);
        assertThat((Map<String, Object>) ((Map<String, Object>) namespace.get("metadata")).get("labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");

        Map<String, Object> deployment =
                yaml(DOCKER.resolve("k8s/deployment.yaml")).get(0);
        Map<String, Object> statefulSet = kind(yaml(DOCKER.resolve("k8s/postgres.yaml")), "StatefulSet");
        for (Map<String, Object> workload : List.of(deployment, statefulSet)) {
            Map<String, Object> pod = podSpec(workload);
            Map<String, Object> podSecurity = (Map<String, Object>) pod.get("securityContext");
            assertThat(podSecurity)
                    .as(name(workload))
                    .containsEntry("runAsNonRoot", true)
                    .containsEntry("seccompProfile", Map.of("type", "RuntimeDefault"));
            assertThat((Integer) podSecurity.get("runAsUser"))
                    .as(name(workload))
                    .isPositive();
            for (Map<String, Object> container : (List<Map<String, Object>>) pod.get("containers")) {
                Map<String, Object> security = (Map<String, Object>) container.get("securityContext");
                assertThat(security)
                        .as(name(workload))
                        .containsEntry("allowPrivilegeEscalation", false)
                        .containsEntry("readOnlyRootFilesystem", true)
                        .containsEntry("capabilities", Map.of("drop", List.of("ALL")));
                assertThat(security).doesNotContainKeys("privileged", "runAsUser");
            }
            assertThat(pod).doesNotContainKeys("hostNetwork", "hostPID", "hostIPC");
        }

        // The app's user is the image's, and the app writes only where an emptyDir is mounted.
        Map<String, Object> pod = podSpec(deployment);
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        Map<String, Object> podSecurity = (Map<String, Object>) pod.get("securityContext");
        assertThat(dockerfile)
                .contains(
                        "USER " + podSecurity.get("runAsUser") + ":" + podSecurity.get("runAsGroup"),
                        "--uid " + podSecurity.get("runAsUser"),
                        "--gid " + podSecurity.get("runAsGroup"));
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        Map<String, String> mounts = new java.util.HashMap<>();
        for (Map<String, Object> mount : (List<Map<String, Object>>) container.get("volumeMounts")) {
            mounts.put(mount.get("mountPath").toString(), mount.get("name").toString());
        }
        assertThat(mounts).containsOnlyKeys("/app/data", "/tmp");
        // What would otherwise be unpacked into the read-only home folder goes to /tmp.
        assertThat(dockerfile).contains("DJL_CACHE_DIR=/tmp/", "XDG_CACHE_HOME=/tmp/");
        Map<String, Object> volumes = new java.util.HashMap<>();
        for (Map<String, Object> volume : (List<Map<String, Object>>) pod.get("volumes")) {
            volumes.put(volume.get("name").toString(), volume);
        }
        assertThat(volumes).containsOnlyKeys(mounts.values());
        assertThat(volumes.values())
                .allSatisfy(volume -> assertThat((Map<String, Object>) volume).containsKey("emptyDir"));
        // The app's data folder is the one the image points the caches and database at.
        assertThat(dockerfile).contains("ADVISOR_KNOWLEDGE_CACHEDIR=/app/data/index", "WORKDIR /app");
        assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
                .contains("url: jdbc:h2:file:./data/");
        // The image comes from your registry, not a tag that happens to exist on a laptop.
        assertThat(container.get("image").toString())
                .contains("/career-advisor:")
                .doesNotEndWith(":latest");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIngressServesTheWidgetAndTheWebhookOverTlsThroughTheServicePort() throws IOException {
        List<Map<String, Object>> ingresses = yaml(DOCKER.resolve("k8s/ingress.yaml"));
        Map<String, Object> service = yaml(DOCKER.resolve("k8s/service.yaml")).get(0);
        Map<String, Object> configMap = (Map<String, Object>)
                yaml(DOCKER.resolve("k8s/configmap.yaml")).get(0).get("data");
        List<Map<String, Object>> servicePorts =
                (List<Map<String, Object>>) ((Map<String, Object>) service.get("spec")).get("ports");
        String webhookHost = URI.create(
                        configMap.get("ADVISOR_TELEGRAM_WEBHOOK_URL").toString())
                .getHost();
        String widgetHost = URI.create(
                        configMap.get("ADVISOR_WEB_ALLOWEDORIGINS").toString().split(",")[0])
                .getHost();

        Map<String, String> routes = new java.util.HashMap<>();
        for (Map<String, Object> ingress : ingresses) {
            assertThat(ingress.get("kind")).isEqualTo("Ingress");
            Map<String, Object> spec = (Map<String, Object>) ingress.get("spec");
            List<Map<String, Object>> tls = (List<Map<String, Object>>) spec.get("tls");
            assertThat(tls).isNotEmpty();
            assertThat(((Map<String, Object>) ingress.get("metadata"))
                            .get("annotations")
                            .toString())
                    .contains("ssl-redirect=true");
            for (Map<String, Object> rule : (List<Map<String, Object>>) spec.get("rules")) {
                assertThat((List<String>) tls.get(0).get("hosts"))
                        .as("TLS covers every host")
                        .contains(rule.get("host").toString());
                for (Map<String, Object> path :
                        (List<Map<String, Object>>) ((Map<String, Object>) rule.get("http")).get("paths")) {
                    Map<String, Object> backend =
                            (Map<String, Object>) ((Map<String, Object>) path.get("backend")).get("service");
                    assertThat(backend.get("name")).isEqualTo(name(service));
                    Object port = ((Map<String, Object>) backend.get("port")).get("name");
                    assertThat(servicePorts)
                            .as("the Service has the port the Ingress routes to")
                            .anySatisfy(p -> assertThat(p.get("name")).isEqualTo(port));
                    routes.put(rule.get("host") + path.get("path").toString(), name(ingress));
                }
            }
        }
        // Telegram's webhook and the widget's site reach the app through it, the webhook with room for its bodies.
        assertThat(routes).containsKeys(widgetHost + "/", webhookHost + "/telegram/");
        String webhookIngress = routes.get(webhookHost + "/telegram/");
        assertThat(ingresses)
                .filteredOn(i -> name(i).equals(webhookIngress))
                .singleElement()
                .extracting(i -> ((Map<String, Object>) i.get("metadata"))
                        .get("annotations")
                        .toString())
                .asString()
                .contains("proxy-body-size=1m");
        assertThat(ingresses)
                .filteredOn(i -> name(i).equals(routes.get(widgetHost + "/")))
                .singleElement()
                .extracting(i -> ((Map<String, Object>) i.get("metadata"))
                        .get("annotations")
                        .toString())
                .asString()
                .contains("proxy-body-size=16k", "proxy-buffering=off");
        // The Service's named port is the container's app port, never the management port.
        assertThat(servicePorts)
                .singleElement()
                .satisfies(p -> assertThat(p.get("targetPort")).isEqualTo("http"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void inTheClusterForwardedAddressesAreTrustedOnlyFromTheIngressControllerWhichAloneReachesTheAppPort()
            throws IOException {
        Map<String, Object> configMap = (Map<String, Object>)
                yaml(DOCKER.resolve("k8s/configmap.yaml")).get(0).get("data");
        assertThat(configMap.get("SERVER_FORWARDHEADERSSTRATEGY")).isEqualTo("native");
        java.util.regex.Pattern trusted = java.util.regex.Pattern.compile(
                configMap.get("SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES").toString());
        assertThat(trusted.matcher("10.244.3.17").matches()).isTrue();
        assertThat(trusted.matcher("203.0.113.9").matches()).isFalse();
        assertThat(trusted.matcher("192.168.1.10").matches()).isFalse();

        Map<String, Object> policy = kind(yaml(DOCKER.resolve("k8s/networkpolicy.yaml")), "NetworkPolicy");
        Map<String, Object> spec = (Map<String, Object>) policy.get("spec");
        assertThat(spec.get("podSelector")).isEqualTo(Map.of("matchLabels", Map.of("app", "career-advisor")));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) spec.get("ingress");
        List<Map<String, Object>> toAppPort = rules.stream()
                .filter(r -> r.get("ports").toString().contains("port=8080"))
                .toList();
        assertThat(toAppPort)
                .singleElement()
                .satisfies(rule -> assertThat(rule.get("from").toString()).contains("ingress-nginx"));
        assertThat(rules).allSatisfy(rule -> assertThat(rule).containsKeys("from", "ports"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTryItPostgresIsWhereTheAppLooksWithTheAppsCredentialsOnAVolume() throws IOException {
        List<Map<String, Object>> postgres = yaml(DOCKER.resolve("k8s/postgres.yaml"));
        Map<String, Object> service = kind(postgres, "Service");
        Map<String, Object> statefulSet = kind(postgres, "StatefulSet");
        Map<String, Object> configMap = (Map<String, Object>)
                yaml(DOCKER.resolve("k8s/configmap.yaml")).get(0).get("data");
        Map<String, Object> secret =
                yaml(DOCKER.resolve("k8s/secret.template.yaml")).get(0);

        URI jdbc = URI.create(configMap.get("SPRING_DATASOURCE_URL").toString().substring("jdbc:".length()));
        assertThat(jdbc.getHost()).isEqualTo(name(service));
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) service.get("spec")).get("ports"))
                        .get(0)
                        .get("port"))
                .isEqualTo(jdbc.getPort());
        Map<String, Object> container =
                ((List<Map<String, Object>>) podSpec(statefulSet).get("containers")).get(0);
        String env = container.get("env").toString();
        assertThat(env).contains("{name=POSTGRES_DB, value=" + jdbc.getPath().substring(1) + "}");
        Map<String, Object> secretData = (Map<String, Object>) secret.get("stringData");
        for (String key : List.of("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")) {
            assertThat(secretData).containsKey(key);
            assertThat(env).contains("secretKeyRef={name=" + name(secret) + ", key=" + key + "}");
        }
        assertThat(container.get("volumeMounts").toString())
                .contains("{name=data, mountPath=/var/lib/postgresql/data}");
        assertThat(((Map<String, Object>) statefulSet.get("spec"))
                        .get("volumeClaimTemplates")
                        .toString())
                .contains("name=data");
    }

    @Test
    void theBuildContextLeavesOutBuildOutputLocalDataGitAndSecrets() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        assertThat(ignored).contains("target/", "data/", ".git/", ".idea/", "*.iml", "docker/.env");
        // What the Dockerfile copies stays in the context.
        for (String copied : List.of("mvnw", "pom.xml", ".mvn", "src", "knowledge", "prompts")) {
            assertThat(ignored)
                    .noneSatisfy(pattern -> assertThat(copied)
                            .startsWith(pattern.replace("/", "").replace("*", "")));
        }
    }

    /** What the app binds under compose: .env as env_file, overlaid by the interpolated environment section. */
    @SuppressWarnings("unchecked")
    private static LlmProperties llmPropertiesUnderCompose(Map<String, String> dotEnv) throws IOException {
        Map<String, Object> advisor = (Map<String, Object>) ((Map<String, Object>)
                        yaml(DOCKER.resolve("compose.yaml")).get(0).get("services"))
                .get("advisor");
        Map<String, Object> environment = new java.util.HashMap<>(dotEnv);
        ((Map<String, Object>) advisor.get("environment"))
                .forEach((key, value) -> environment.put(key, interpolate(value.toString(), dotEnv)));
        var source = new org.springframework.core.env.SystemEnvironmentPropertySource(
                org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new org.springframework.boot.context.properties.bind.Binder(
                        org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(source))
                .bindOrCreate("advisor.llm", LlmProperties.class);
    }

    /** Compose's ${VAR}, ${VAR:-default} and ${VAR:?error}, from the project's .env. */
    private static String interpolate(String value, Map<String, String> dotEnv) {
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\$\\{(\\w+)(?::([-?])([^}]*))?}")
                .matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String set = dotEnv.get(variable.group(1));
            boolean empty = set == null || set.isEmpty();
            if (empty && "?".equals(variable.group(2))) {
                throw new IllegalStateException(variable.group(3));
            }
            String replacement = empty ? ("-".equals(variable.group(2)) ? variable.group(3) : "") : set;
            variable.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        return variable.appendTail(result).toString();
    }

    private static Map<String, String> dotEnv(Path file) throws IOException {
        Map<String, String> values = new java.util.HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                values.put(
                        line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip());
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> podSpec(Map<String, Object> workload) {
        return (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) workload.get("spec")).get("template")).get("spec");
    }

    private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream()
                .filter(document -> kind.equals(document.get("kind")))
                .findFirst()
                .orElseThrow();
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
