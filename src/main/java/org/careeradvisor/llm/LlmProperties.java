package org.careeradvisor.llm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The optional language model that composes answers from the retrieved sections.
 *
 * @param provider                {@code none} (no model, nothing connects), {@code openai} (any
 *                                OpenAI-compatible server) or {@code ollama}
 * @param baseUrl                 the chosen provider's URL; unset: that provider's own {@code base-url} below
 * @param apiKey                  secret; set it through the environment ({@code ADVISOR_LLM_API_KEY}), never in files
 * @param model                   the chosen provider's model; unset: that provider's own {@code model} below
 * @param temperature             sampling temperature: low keeps the model close to the sections' wording
 * @param timeout                 longest wait for the model's whole answer
 * @param firstTokenTimeout       longest wait for the model's first token; past it the call is abandoned and the
 *                                default answer goes out at once (at most {@code timeout})
 * @param maxAnswerTokens         longest answer the model may write, in tokens
 * @param maxContextChunks        sections passed to the model per answer
 * @param promptsDir              folder whose prompt files override the packaged ones
 * @param circuitWindow           the last calls the circuit breaker judges
 * @param circuitMinimumCalls     calls needed in the window before the breaker judges at all
 * @param circuitFailureRate      percentage of failed calls (errors, timeouts, no first token) that opens the circuit
 * @param circuitSlowCallDuration a call that takes longer than this counts as slow; unset: half the timeout
 * @param circuitSlowCallRate     percentage of slow calls that opens the circuit
 * @param circuitOpenFor          how long the open circuit skips the model before one trial call
 * @param openai                  URL and model used when the provider is {@code openai} and no {@code base-url} or
 *                                {@code model} is set
 * @param ollama                  the same for {@code ollama}; a deployment can set both providers' URLs once and
 *                                choose between them with {@code provider} alone
 */
@ConfigurationProperties("advisor.llm")
@Validated
public record LlmProperties(
        @DefaultValue("none") @NotNull LlmProvider provider,
        String baseUrl,
        String apiKey,
        String model,
        @DefaultValue("0.2") @PositiveOrZero double temperature,
        @DefaultValue("20s") @DurationMin(millis = 1) Duration timeout,
        @DefaultValue("3s") @DurationMin(millis = 1) Duration firstTokenTimeout,
        @DefaultValue("700") @Positive int maxAnswerTokens,
        @DefaultValue("6") @Positive int maxContextChunks,
        String promptsDir,
        @DefaultValue("10") @Positive int circuitWindow,
        @DefaultValue("3") @Positive int circuitMinimumCalls,

        @DefaultValue("50") @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
        float circuitFailureRate,

        @DurationMin(millis = 1) Duration circuitSlowCallDuration,

        @DefaultValue("50") @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
        float circuitSlowCallRate,

        @DefaultValue("30s") @DurationMin(millis = 1) Duration circuitOpenFor,
        @DefaultValue @Valid OpenAi openai,
        @DefaultValue @Valid Ollama ollama) {

    /** Where one provider is reached and which model it runs. */
    public record Endpoint(String baseUrl, String model) {}

    /** URL and model used when the provider is {@code openai} and no {@code base-url} or {@code model} is set. */
    public record OpenAi(
            @DefaultValue("https://api.openai.com/v1") @NotBlank
            String baseUrl,

            @DefaultValue("gpt-4o-mini") @NotBlank String model) {}

    /** URL and model used when the provider is {@code ollama} and no {@code base-url} or {@code model} is set. */
    public record Ollama(
            @DefaultValue("http://localhost:11434") @NotBlank
            String baseUrl,

            @DefaultValue("llama3.1") @NotBlank String model) {}

    public LlmProperties {
        // A first-token limit past the overall one could never apply; unset, a slow call is one past half the timeout.
        firstTokenTimeout = firstTokenTimeout != null && timeout != null && firstTokenTimeout.compareTo(timeout) > 0
                ? timeout
                : firstTokenTimeout;
        circuitSlowCallDuration =
                circuitSlowCallDuration == null && timeout != null ? timeout.dividedBy(2) : circuitSlowCallDuration;
    }

    /**
     * The URL and model of the chosen provider: {@code base-url} and {@code model} when set, otherwise that provider's
     * own settings, so that switching the provider never keeps the other one's URL or model.
     */
    public Endpoint endpoint() {
        Endpoint own = provider == LlmProvider.OLLAMA
                ? new Endpoint(ollama.baseUrl(), ollama.model())
                : new Endpoint(openai.baseUrl(), openai.model());
        return new Endpoint(
                blank(baseUrl) ? own.baseUrl().strip() : baseUrl.strip(),
                blank(model) ? own.model().strip() : model.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The key as it may appear in logs: never the secret itself. */
    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider.id() + ", baseUrl="
                + endpoint().baseUrl() + ", model="
                + endpoint().model() + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
    }
}
