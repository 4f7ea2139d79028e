package org.careeradvisor.conversation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the in-memory conversation store unless another {@link ConversationMemory} is defined. */
@Configuration(proxyBeanMethods = false)
public class ConversationConfiguration {

    @Bean
    @ConditionalOnMissingBean(ConversationMemory.class)
    ConversationMemory conversationMemory(ConversationProperties properties) {
        return new InMemoryConversationMemory(properties);
    }
}
