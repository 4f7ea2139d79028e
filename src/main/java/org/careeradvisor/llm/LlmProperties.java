package org.careeradvisor.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The optional language model that composes answers from the retrieved sections.
 *
 * @param provider         {@code none} (default: no model, nothing connects), {@code openai} (any OpenAI-compatible
 *                         server) or {@code ollama}
 * @param apiKey           secret; set it through the environment ({@code ADVISOR_LLM_API_KEY}), never in files
 * @param maxContextChunks sections passed to the model per answer
 * @param promptsDir       folder whose prompt files override the packaged ones
 * @param circuitFailures  consecutive failures that open the circuit (the model is then skipped)
 * @param circuitOpenFor   how long the circuit stays open before one trial call
 */
@ConfigurationProperties("advisor.llm")
public record LlmProperties(String provider, String baseUrl, String apiKey, String model, Double temperature,
                            Duration timeout, Integer maxAnswerTokens, Integer maxContextChunks, String promptsDir,
                            Integer circuitFailures, Duration circuitOpenFor) {

    public LlmProperties {
        provider = provider == null || provider.isBlank() ? "none" : provider.strip().toLowerCase(java.util.Locale.ROOT);
        temperature = temperature == null ? 0.2 : temperature;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        maxAnswerTokens = maxAnswerTokens == null ? 700 : maxAnswerTokens;
        maxContextChunks = maxContextChunks == null ? 6 : maxContextChunks;
        circuitFailures = circuitFailures == null ? 3 : circuitFailures;
        circuitOpenFor = circuitOpenFor == null ? Duration.ofSeconds(30) : circuitOpenFor;
    }

    /** The key as it may appear in logs: never the secret itself. */
    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
    }
}
