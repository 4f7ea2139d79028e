package org.careeradvisor.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The optional language model that composes answers from the retrieved sections.
 *
 * @param provider                {@code none} (default: no model, nothing connects), {@code openai} (any
 *                                OpenAI-compatible server) or {@code ollama}
 * @param baseUrl                 the chosen provider's URL; unset: that provider's own {@code base-url} below
 * @param apiKey                  secret; set it through the environment ({@code ADVISOR_LLM_API_KEY}), never in files
 * @param model                   the chosen provider's model; unset: that provider's own {@code model} below
 * @param timeout                 longest wait for the model's whole answer
 * @param firstTokenTimeout       longest wait for the model's first token; past it the call is abandoned and the
 *                                default answer goes out at once (at most {@code timeout})
 * @param maxContextChunks        sections passed to the model per answer
 * @param promptsDir              folder whose prompt files override the packaged ones
 * @param circuitWindow           the last calls the circuit breaker judges
 * @param circuitMinimumCalls     calls needed in the window before the breaker judges at all
 * @param circuitFailureRate      percentage of failed calls (errors, timeouts, no first token) that opens the circuit
 * @param circuitSlowCallDuration a call that takes longer than this counts as slow (default: half the timeout)
 * @param circuitSlowCallRate     percentage of slow calls that opens the circuit
 * @param circuitOpenFor          how long the open circuit skips the model before one trial call
 * @param openai                  URL and model used when the provider is {@code openai} and no {@code base-url} or
 *                                {@code model} is set
 * @param ollama                  the same for {@code ollama}; a deployment can set both providers' URLs once and
 *                                choose between them with {@code provider} alone
 */
@ConfigurationProperties("advisor.llm")
public record LlmProperties(String provider, String baseUrl, String apiKey, String model, Double temperature,
                            Duration timeout, Duration firstTokenTimeout, Integer maxAnswerTokens, Integer maxContextChunks,
                            String promptsDir, Integer circuitWindow, Integer circuitMinimumCalls, Float circuitFailureRate,
                            Duration circuitSlowCallDuration, Float circuitSlowCallRate, Duration circuitOpenFor,
                            Endpoint openai, Endpoint ollama) {

    /** Where one provider is reached and which model it runs. */
    public record Endpoint(String baseUrl, String model) {

        Endpoint orDefaults(String defaultBaseUrl, String defaultModel) {
            return new Endpoint(blank(baseUrl) ? defaultBaseUrl : baseUrl.strip(), blank(model) ? defaultModel : model.strip());
        }
    }

    public LlmProperties {
        provider = provider == null || provider.isBlank() ? "none" : provider.strip().toLowerCase(java.util.Locale.ROOT);
        temperature = temperature == null ? 0.2 : temperature;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        firstTokenTimeout = firstTokenTimeout == null ? Duration.ofSeconds(3) : firstTokenTimeout;
        firstTokenTimeout = firstTokenTimeout.compareTo(timeout) > 0 ? timeout : firstTokenTimeout;
        maxAnswerTokens = maxAnswerTokens == null ? 700 : maxAnswerTokens;
        maxContextChunks = maxContextChunks == null ? 6 : maxContextChunks;
        circuitWindow = circuitWindow == null ? 10 : circuitWindow;
        circuitMinimumCalls = circuitMinimumCalls == null ? 3 : circuitMinimumCalls;
        circuitFailureRate = circuitFailureRate == null ? 50f : circuitFailureRate;
        circuitSlowCallDuration = circuitSlowCallDuration == null ? timeout.dividedBy(2) : circuitSlowCallDuration;
        circuitSlowCallRate = circuitSlowCallRate == null ? 50f : circuitSlowCallRate;
        circuitOpenFor = circuitOpenFor == null ? Duration.ofSeconds(30) : circuitOpenFor;
        openai = (openai == null ? new Endpoint(null, null) : openai).orDefaults("https://api.openai.com/v1", "gpt-4o-mini");
        ollama = (ollama == null ? new Endpoint(null, null) : ollama).orDefaults("http://localhost:11434", "llama3.1");
    }

    /**
     * The URL and model of the chosen provider: {@code base-url} and {@code model} when set, otherwise that provider's
     * own settings, so that switching the provider never keeps the other one's URL or model.
     */
    public Endpoint endpoint() {
        Endpoint own = "ollama".equals(provider) ? ollama : openai;
        return new Endpoint(blank(baseUrl) ? own.baseUrl() : baseUrl.strip(), blank(model) ? own.model() : model.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The key as it may appear in logs: never the secret itself. */
    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", baseUrl=" + endpoint().baseUrl() + ", model=" + endpoint().model() + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
    }
}
