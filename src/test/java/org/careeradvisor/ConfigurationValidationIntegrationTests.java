package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A bad setting stops the service at start-up with a report that names the property and says what is wrong with it,
 * for each kind of mistake: a choice that is not one of the allowed values, a value of the wrong type, a value out of
 * range, and settings that contradict each other.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationIntegrationTests {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // not one of the choices: the report lists the valid ones
                "advisor.telegram.mode        | carrier-pigeon | advisor.telegram.mode  | POLLING",
                "advisor.llm.provider         | gpt            | advisor.llm.provider   | OLLAMA",
                // the wrong type
                "advisor.llm.timeout          | soon           | advisor.llm.timeout    | Duration",
                "advisor.retrieval.top-k      | five           | advisor.retrieval.top-k | int",
                // out of range
                "advisor.retrieval.top-k      | 0              | advisor.retrieval.top-k | must be greater than 0",
                "advisor.retrieval.min-relevance | 1.5 | advisor.retrieval.min-relevance | must be less than or equal to 1",
                "advisor.connections.body-read-timeout | 0s | advisor.connections.body-read-timeout | must be longer than",
                "advisor.llm.openai.base-url  | ' '            | advisor.llm.openai.baseUrl | must not be blank",
                // settings that contradict each other
                "advisor.retrieval.candidates | 3              | advisor.retrieval.candidates must be at least top-k | ",
                "advisor.telegram.mode | webhook | advisor.telegram.webhook-secret is required in webhook mode | "
            })
    void aBadSettingStopsTheStartWithAReportNamingTheProperty(
            String property, String value, String named, String reason, CapturedOutput output) {
        assertThatThrownBy(() -> start("--" + property + "=" + value)).isInstanceOf(Exception.class);

        String report = output.getAll().substring(output.getAll().lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(report).contains(named);
        if (reason != null) {
            assertThat(report).contains(reason);
        }
        assertThat(report).doesNotContain("\tat org.");
    }

    private static void start(String setting) {
        new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:config-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--advisor.knowledge.watch=false",
                        "--advisor.knowledge.cache-dir=target/config-validation-cache",
                        "--advisor.telegram.bot-token=1:CONFIG",
                        "--advisor.telegram.api-url=http://127.0.0.1:9",
                        setting)
                .close();
    }
}
