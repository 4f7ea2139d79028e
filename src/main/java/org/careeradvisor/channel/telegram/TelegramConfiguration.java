package org.careeradvisor.channel.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.channel.LinkPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Telegram channel, only when {@code advisor.telegram.bot-token} is set; the app runs fine without it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${advisor.telegram.bot-token:}'.trim() != ''")
class TelegramConfiguration {

    /** Answers run on this many threads; each chat is answered in order on one of them. */
    private static final int WORKERS = 8;
    /** Updates that may wait for a worker before polling pauses or the webhook answers 503. */
    private static final int QUEUED = 1000;
    /** How long shutdown waits for answers already taken on. */
    private static final Duration DRAIN = Duration.ofSeconds(20);

    @Bean
    TelegramUrl telegramUrl(TelegramProperties properties) {
        URI api = URI.create(properties.apiUrl());
        int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
        return TelegramUrl.builder()
                .schema(api.getScheme())
                .host(api.getHost())
                .port(port)
                .testServer(false)
                .build();
    }

    @Bean
    BotApi botApi(TelegramProperties properties, TelegramUrl url, TelegramChats chats, MeterRegistry metrics) {
        return BotApi.connect(properties.botToken(), url, chats, metrics);
    }

    @Bean
    BotIdentity botIdentity(TelegramProperties properties, BotApi api) {
        return new BotIdentity(properties.botUsername(), api, Clock.systemUTC());
    }

    @Bean
    AnswerButtons answerButtons() {
        return new AnswerButtons();
    }

    @Bean
    TelegramAnswerer telegramAnswerer(AdvisorApi advisor, BotApi api, AnswerButtons buttons, LinkPolicy links) {
        return new TelegramAnswerer(advisor, api, buttons, links);
    }

    @Bean
    ButtonPresses buttonPresses(BotApi api, AnswerButtons buttons, TelegramAnswerer answerer, AdvisorApi advisor) {
        return new ButtonPresses(api, buttons, answerer, advisor);
    }

    @Bean
    UserLimiter telegramUserLimiter(TelegramProperties properties) {
        return new UserLimiter(properties.messagesPerUserPerMinute());
    }

    @Bean
    TelegramResponder telegramResponder(
            AdvisorApi advisor,
            BotApi api,
            BotIdentity identity,
            AnswerButtons buttons,
            TelegramAnswerer answerer,
            ButtonPresses presses,
            UserLimiter limiter,
            MeterRegistry metrics) {
        return new TelegramResponder(advisor, api, identity, buttons, answerer, presses, limiter, metrics);
    }

    /**
     * Answers each update and then marks it answered in the inbox. Closed after the poller and the web server stopped
     * taking updates, and before the database.
     */
    @Bean
    UpdateDispatcher updateDispatcher(TelegramResponder responder, TelegramInbox inbox) {
        return new UpdateDispatcher(
                update -> {
                    try {
                        responder.handle(update);
                    } finally {
                        inbox.answered(update.getUpdateId());
                    }
                },
                WORKERS,
                QUEUED,
                DRAIN);
    }

    /** Queues what the inbox holds unanswered before polling or the webhook take anything new. */
    @Bean
    InboxRecovery inboxRecovery(TelegramInbox inbox, UpdateDispatcher dispatcher, TelegramResponder responder) {
        return new InboxRecovery(inbox, dispatcher, responder::ready, Clock.systemUTC());
    }

    @Bean
    TelegramStartup telegramStartup(BotApi api, BotIdentity identity, TelegramProperties properties) {
        return new TelegramStartup(api, identity, properties);
    }

    /** Component scanning finds these classes on their own too, so they repeat the token condition. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${advisor.telegram.bot-token:}'.trim() != ''")
    @ConditionalOnProperty(name = "advisor.telegram.mode", havingValue = "webhook")
    static class Webhook {

        @Bean
        WebhookHealth telegramHealthIndicator(BotApi api, TelegramProperties properties) {
            return new WebhookHealth(api, properties.webhookUrl(), Clock.systemUTC());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${advisor.telegram.bot-token:}'.trim() != ''")
    @ConditionalOnProperty(name = "advisor.telegram.mode", havingValue = "polling", matchIfMissing = true)
    static class Polling {

        @Bean
        PollingMonitor telegramHealthIndicator(MeterRegistry metrics) {
            return new PollingMonitor(Clock.systemUTC(), TelegramPolling.HEALTHY_WITHIN, metrics);
        }

        @Bean
        TelegramPolling telegramPolling(
                TelegramProperties properties,
                TelegramUrl url,
                UpdateDispatcher dispatcher,
                TelegramInbox inbox,
                PollingMonitor monitor,
                TelegramResponder responder,
                InboxRecovery recovery) {
            return new TelegramPolling(
                    properties.botToken(),
                    url,
                    dispatcher,
                    inbox,
                    monitor,
                    () -> responder.ready() && recovery.recovered());
        }
    }
}
