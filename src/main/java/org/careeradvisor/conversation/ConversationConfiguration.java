package org.careeradvisor.conversation;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Provides the database-backed conversation store unless another {@link ConversationMemory} is defined. */
@Configuration(proxyBeanMethods = false)
public class ConversationConfiguration {

    @Bean
    @ConditionalOnMissingBean(ConversationMemory.class)
    ConversationMemory conversationMemory(
            JdbcClient jdbc, TransactionTemplate transactions, ConversationProperties properties) {
        return new JdbcConversationMemory(jdbc, transactions, properties);
    }

    @Bean
    AnswerLog answerLog(JdbcClient jdbc) {
        return new AnswerLog(jdbc);
    }

    /** Before anything is written through the stores: an H2 file database writes each commit at once. */
    @Bean
    H2Durability h2Durability(DataSource dataSource) {
        return new H2Durability(dataSource);
    }

    @Bean
    RetentionJob retentionJob(JdbcClient jdbc, RetentionProperties properties, ApplicationEventPublisher events) {
        return new RetentionJob(jdbc, properties, events);
    }
}
