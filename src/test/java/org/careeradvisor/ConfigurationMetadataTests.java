package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code advisor.*} property is documented with its default in the metadata that
 * {@code spring-boot-configuration-processor} writes from the properties records (what IDEs show and the README's
 * configuration table quotes), so each default lives in its record alone; only settings that truly have none are
 * exempt, each for a stated reason.
 */
class ConfigurationMetadataTests {

    /** The properties without a default, and why. */
    private static final Map<String, String> WITHOUT_DEFAULT = Map.ofEntries(
            Map.entry("advisor.admin.token", "a secret; unset, the admin API is off"),
            Map.entry("advisor.llm.api-key", "a secret"),
            Map.entry("advisor.telegram.bot-token", "a secret; unset, Telegram is off"),
            Map.entry("advisor.telegram.webhook-secret", "a secret, required in webhook mode only"),
            Map.entry("advisor.telegram.webhook-url", "optional: registered with Telegram only when set"),
            Map.entry("advisor.llm.base-url", "unset: the chosen provider's own base-url"),
            Map.entry("advisor.llm.model", "unset: the chosen provider's own model"),
            Map.entry("advisor.llm.prompts-dir", "unset: the packaged prompts"),
            Map.entry("advisor.llm.circuit-slow-call-duration", "unset: half of advisor.llm.timeout"),
            Map.entry("advisor.retrieval.index-dir", "unset: search-index under advisor.knowledge.cache-dir"),
            Map.entry("advisor.links.allowed-hosts", "an empty list (no links), which the processor does not record"),
            Map.entry("advisor.web.allowed-origins", "an empty list (same origin only), not recorded either"));

    @Test
    void everyAdvisorPropertyHasItsDefaultInTheGeneratedMetadata() throws IOException {
        Map<String, JsonNode> properties = advisorProperties();
        List<String> withoutDefault = new ArrayList<>();
        properties.forEach((name, property) -> {
            if (!property.has("defaultValue")) {
                withoutDefault.add(name);
            }
        });

        assertThat(properties).hasSizeGreaterThan(50);
        assertThat(withoutDefault)
                .as("properties with no default in the metadata")
                .containsExactlyInAnyOrderElementsOf(WITHOUT_DEFAULT.keySet());
    }

    @Test
    void theDefaultsAreTheOnesTheReadmeQuotesAndApplicationYmlRepeatsNone() throws IOException {
        Map<String, JsonNode> properties = advisorProperties();

        assertThat(properties.get("advisor.telegram.mode").get("defaultValue").asString())
                .isEqualTo("polling");
        assertThat(properties.get("advisor.llm.provider").get("defaultValue").asString())
                .isEqualTo("none");
        assertThat(properties.get("advisor.llm.timeout").get("defaultValue").asString())
                .isEqualTo("20s");
        assertThat(properties
                        .get("advisor.knowledge.max-file-size")
                        .get("defaultValue")
                        .asString())
                .isEqualTo("2MB");
        assertThat(properties.get("advisor.retrieval.top-k").get("defaultValue").asInt())
                .isEqualTo(5);
        String readme = Files.readString(Path.of("README.md"));
        properties.forEach((name, property) -> {
            if (property.has("defaultValue")
                    && !property.get("defaultValue").asString().isBlank()
                    && !name.equals("advisor.retrieval.query-instruction")) {
                assertThat(readme)
                        .as("the README's row for %s", name)
                        .containsPattern("\\| `" + name.replace(".", "\\.") + "` \\|[^|]*\\| `"
                                + java.util.regex.Pattern.quote(readmeValue(property.get("defaultValue"))) + "` \\|");
            }
        });
        assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
                .doesNotContainPattern("(?m)^advisor:");
    }

    private static String readmeValue(JsonNode value) {
        return value.isBoolean() ? Boolean.toString(value.asBoolean()) : value.asString();
    }

    private static Map<String, JsonNode> advisorProperties() throws IOException {
        try (InputStream metadata =
                ConfigurationMetadataTests.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata)
                    .as("the processor's metadata on the class path")
                    .isNotNull();
            Map<String, JsonNode> properties = new TreeMap<>();
            for (JsonNode property :
                    JsonMapper.builder().build().readTree(metadata).get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("advisor.")) {
                    properties.put(name, property);
                }
            }
            return properties;
        }
    }
}
