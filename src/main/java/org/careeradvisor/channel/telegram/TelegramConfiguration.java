package org.careeradvisor.channel.telegram;

import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.conversation.ConversationMemory;
import org.careeradvisor.feedback.FeedbackService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;

/** The Telegram channel, only when {@code advisor.telegram.bot-token} is set; the app runs fine without it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${advisor.telegram.bot-token:}'.trim() != ''")
class TelegramConfiguration {

    @Bean
    BotApi botApi(TelegramProperties properties, TelegramChats chats, io.micrometer.core.instrument.MeterRegistry metrics) {
        URI api = URI.create(properties.apiUrl());
        int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
        TelegramUrl url = TelegramUrl.builder().schema(api.getScheme()).host(api.getHost()).port(port).testServer(false).build();
        return new BotApi(new OkHttpTelegramClient(properties.botToken(), url), chats, metrics);
    }

    @Bean
    TelegramResponder telegramResponder(Advisor advisor, ConversationMemory conversations, ProcessedUpdates processed,
                                        BotApi api, TelegramProperties properties, FeedbackService feedback,
                                        org.careeradvisor.retrieval.SearchIndexHolder indexes,
                                        io.micrometer.core.instrument.MeterRegistry metrics) {
        return new TelegramResponder(advisor, conversations, processed, api, properties.botUsername(), feedback, indexes,
                properties.messagesPerUserPerMinute(), metrics);
    }

    @Bean
    TelegramStartup telegramStartup(BotApi api, TelegramProperties properties) {
        return new TelegramStartup(api, properties);
    }
}
