package org.careeradvisor.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The language model, only when {@code advisor.llm.provider} is {@code openai} or {@code ollama}; with the default
 * {@code none} no model bean exists and nothing connects anywhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${advisor.llm.provider:none}'.trim().toLowerCase() != 'none' and '${advisor.llm.provider:none}'.trim() != ''")
public class LlmConfiguration {

    @Bean
    ChatModel chatModel(LlmProperties properties) {
        return ProviderModels.chat(properties);
    }

    @Bean
    StreamingChatModel streamingChatModel(LlmProperties properties) {
        return ProviderModels.streaming(properties);
    }

    @Bean
    PromptLibrary promptLibrary(LlmProperties properties) {
        return new PromptLibrary(properties.promptsDir());
    }

    @Bean
    CircuitBreaker llmCircuitBreaker(LlmProperties properties) {
        return new CircuitBreaker(properties.circuitFailures(), properties.circuitOpenFor(), Clock.systemUTC());
    }

    @Bean
    LlmAnswerComposer llmAnswerComposer(ChatModel chat, StreamingChatModel streaming, PromptLibrary prompts,
                                        CircuitBreaker breaker, LlmProperties properties, MeterRegistry registry) {
        return new LlmAnswerComposer(chat, streaming, prompts, breaker, properties, registry);
    }

    @Bean
    LlmHealthIndicator llmHealthIndicator(LlmProperties properties, CircuitBreaker breaker) {
        return new LlmHealthIndicator(properties, breaker);
    }

    @Bean
    LlmQueryRewriter llmQueryRewriter(ChatModel chat, PromptLibrary prompts, CircuitBreaker breaker) {
        return new LlmQueryRewriter(chat, prompts, breaker);
    }
}
