package org.careeradvisor.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careeradvisor.channel.telegram.TelegramUpdates.privateText;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careeradvisor.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The poller on its own against the fake Bot API: what must never stop it. */
class TelegramPollingTests {

    private static final String TOKEN = "1010:POLLER-only";

    private final FakeTelegram telegram = new FakeTelegram(TOKEN);
    private final List<Integer> handled = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failedOnce = new AtomicBoolean();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final PollingMonitor monitor = new PollingMonitor(Clock.systemUTC(), Duration.ofMinutes(3), metrics);
    /** Fails the first hand-over, as a bug or an exhausted resource would. */
    private final UpdateDispatcher dispatcher =
            new UpdateDispatcher(update -> handled.add(update.getUpdateId()), 2, 10, Duration.ofSeconds(1)) {
                @Override
                public boolean submit(Update update, Duration patience) throws InterruptedException {
                    if (failedOnce.compareAndSet(false, true)) {
                        throw new IllegalStateException("hand-over failed");
                    }
                    return super.submit(update, patience);
                }
            };

    private TelegramPolling polling;

    @AfterEach
    void stop() {
        if (polling != null) {
            polling.stop();
        }
        dispatcher.close();
        telegram.shutdown();
    }

    @Test
    void anExceptionWhileHandingUpdatesOverDoesNotStopPolling() throws Exception {
        start();
        telegram.deliver(privateText(1, 7, "lost to the failure"));
        awaitPollAt(2);

        telegram.deliver(privateText(2, 7, "answered"), privateText(3, 8, "answered too"));

        awaitPollAt(4);
        for (int i = 0; i < 50 && handled.size() < 2; i++) {
            Thread.sleep(100);
        }
        assertThat(handled).containsExactlyInAnyOrder(2, 3);
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void aStartThatTelegramRefusesIsTriedAgainUntilPollingRuns() throws Exception {
        telegram.error(post(urlEqualTo(telegram.path("deleteWebhook")))
                .atPriority(1)
                .inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("over")
                .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

        start();

        awaitPollAt(1);
        assertThat(telegram.requests("deleteWebhook")).hasSize(2);
    }

    private void start() {
        URI api = URI.create(telegram.baseUrl());
        TelegramUrl url = TelegramUrl.builder()
                .schema("http")
                .host(api.getHost())
                .port(api.getPort())
                .testServer(false)
                .build();
        TestDatabases.Database db = TestDatabases.h2("jdbc:h2:mem:polling-" + java.util.UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        TelegramInbox inbox =
                new TelegramInbox(JdbcClient.create(db.dataSource()), db.transactions(), Clock.systemUTC(), metrics);
        polling = new TelegramPolling(TOKEN, url, dispatcher, inbox, monitor, () -> true);
        polling.start();
    }

    private void awaitPollAt(int offset) throws InterruptedException {
        for (int i = 0; i < 100 && !telegram.offsets().contains(offset); i++) {
            Thread.sleep(100);
        }
        assertThat(telegram.offsets()).contains(offset);
    }
}
