package org.careeradvisor.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The language model, only when {@code advisor.llm.provider} is {@code openai} or {@code ollama} ({@link ModelChosen});
 * with the default {@code none} no model bean exists and nothing connects anywhere. Every call is streamed (see
 * {@link ModelCall}), so answers and rewrites alike are bounded by the first-token limit and share one circuit breaker.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ModelChosen.class)
public class LlmConfiguration {

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
        return LlmCircuit.of(properties);
    }

    @Bean
    LlmMetrics llmMetrics(MeterRegistry registry, LlmProperties properties, CircuitBreaker breaker) {
        return new LlmMetrics(registry, properties.provider().id(), breaker);
    }

    @Bean
    OutputGuard llmOutputGuard() {
        return new OutputGuard();
    }

    @Bean
    LlmAnswerComposer llmAnswerComposer(
            StreamingChatModel streaming,
            PromptLibrary prompts,
            CircuitBreaker breaker,
            LlmProperties properties,
            LlmMetrics metrics,
            OutputGuard guard) {
        ModelCall call = new ModelCall(streaming, breaker, properties);
        return new LlmAnswerComposer(call, prompts, properties, metrics, guard);
    }

    @Bean
    LlmHealthIndicator llmHealthIndicator(LlmProperties properties, CircuitBreaker breaker) {
        return new LlmHealthIndicator(properties, breaker);
    }

    @Bean
    LlmQueryRewriter llmQueryRewriter(
            StreamingChatModel streaming, PromptLibrary prompts, CircuitBreaker breaker, LlmProperties properties) {
        return new LlmQueryRewriter(new ModelCall(streaming, breaker, properties), prompts);
    }
}
