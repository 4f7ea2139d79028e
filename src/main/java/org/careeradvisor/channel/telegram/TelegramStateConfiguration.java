package org.careeradvisor.channel.telegram;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Telegram channel's shared state in the database (update dedupe and blocked chats). */
@Configuration(proxyBeanMethods = false)
class TelegramStateConfiguration {

    @Bean
    ProcessedUpdates processedUpdates(JdbcClient jdbc) {
        return new ProcessedUpdates(jdbc);
    }

    @Bean
    TelegramChats telegramChats(JdbcClient jdbc) {
        return new TelegramChats(jdbc);
    }
}
