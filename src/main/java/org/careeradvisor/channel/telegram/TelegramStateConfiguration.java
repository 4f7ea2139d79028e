package org.careeradvisor.channel.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The Telegram channel's shared state in the database (the inbox of updates taken, and blocked chats). */
@Configuration(proxyBeanMethods = false)
class TelegramStateConfiguration {

    @Bean
    TelegramInbox telegramInbox(JdbcClient jdbc, TransactionTemplate transactions, MeterRegistry metrics) {
        return new TelegramInbox(jdbc, transactions, Clock.systemUTC(), metrics);
    }

    @Bean
    TelegramChats telegramChats(JdbcClient jdbc) {
        return new TelegramChats(jdbc);
    }
}
