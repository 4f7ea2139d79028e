package org.careeradvisor.feedback;

import org.careeradvisor.conversation.ConversationMemory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Provides the database-backed feedback store unless another {@link FeedbackStore} is defined. */
@Configuration(proxyBeanMethods = false)
public class FeedbackConfiguration {

    @Bean
    @ConditionalOnMissingBean(FeedbackStore.class)
    FeedbackStore feedbackStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new JdbcFeedbackStore(jdbc, transactions);
    }

    @Bean
    FeedbackService feedbackService(
            ConversationMemory conversations,
            FeedbackStore store,
            io.micrometer.core.instrument.MeterRegistry registry) {
        return new FeedbackService(conversations, store, registry);
    }
}
