package org.careeradvisor.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j's streaming chat model for the configured provider. No retries: a failed call falls back to
 * the default composer at once instead of piling up requests on a struggling server. The client's timeout is the
 * overall one; the first-token limit is kept by {@link ModelCall}.
 */
final class ProviderModels {

    private ProviderModels() {}

    static StreamingChatModel streaming(LlmProperties properties) {
        LlmProperties.Endpoint endpoint = properties.endpoint();
        return switch (properties.provider()) {
            case OPENAI ->
                OpenAiStreamingChatModel.builder()
                        .baseUrl(endpoint.baseUrl())
                        .apiKey(apiKey(properties))
                        .modelName(endpoint.model())
                        .temperature(properties.temperature())
                        .maxTokens(properties.maxAnswerTokens())
                        .timeout(properties.timeout())
                        .build();
            case OLLAMA ->
                OllamaStreamingChatModel.builder()
                        .baseUrl(endpoint.baseUrl())
                        .modelName(endpoint.model())
                        .temperature(properties.temperature())
                        .numPredict(properties.maxAnswerTokens())
                        .timeout(properties.timeout())
                        .build();
            case NONE -> throw new IllegalStateException("advisor.llm.provider is none: no model to build");
        };
    }

    /** Local OpenAI-compatible servers accept any key; the hosted API rejects a missing one with a clear error. */
    private static String apiKey(LlmProperties properties) {
        return properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey();
    }
}
