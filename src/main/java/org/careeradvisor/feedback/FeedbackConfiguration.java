package org.careeradvisor.feedback;

import org.careeradvisor.conversation.ConversationMemory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the in-memory feedback store unless another {@link FeedbackStore} is defined. */
@Configuration(proxyBeanMethods = false)
public class FeedbackConfiguration {

    @Bean
    @ConditionalOnMissingBean(FeedbackStore.class)
    FeedbackStore feedbackStore() {
        return new InMemoryFeedbackStore();
    }

    @Bean
    FeedbackService feedbackService(ConversationMemory conversations, FeedbackStore store) {
        return new FeedbackService(conversations, store);
    }
}
