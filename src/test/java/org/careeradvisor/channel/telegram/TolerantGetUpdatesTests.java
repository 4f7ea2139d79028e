package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class TolerantGetUpdatesTests {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final PollingMonitor monitor = new PollingMonitor(Clock.systemUTC(), Duration.ofMinutes(2), metrics);
    private final TolerantGetUpdates poll = new TolerantGetUpdates(1, 100, 50, List.of("message"), monitor);

    @Test
    void anUnreadableUpdateBecomesAnEmptyUpdateWithItsIdBetweenTheReadableOnes() throws Exception {
        String answer = "{\"ok\": true, \"result\": [" + TelegramUpdates.privateText(10, 1, "first") + ","
                + TelegramUpdates.unreadable(11, 2) + "," + TelegramUpdates.privateText(12, 3, "third") + "]}";

        List<Update> updates = poll.deserializeResponse(answer);

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(10, 11, 12);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("first");
        assertThat(updates.get(1).hasMessage()).isFalse();
        assertThat(updates.get(2).getMessage().getText()).isEqualTo("third");
        assertThat(metrics.counter("advisor.telegram.unreadable").count()).isEqualTo(1.0);
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void telegramsOwnErrorsAndGarbageAreStillErrors() {
        assertThatThrownBy(
                        () -> poll.deserializeResponse(
                                "{\"ok\": false, \"error_code\": 409, \"description\": "
                                        + "\"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running\"}"))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(409));
        assertThatThrownBy(() -> poll.deserializeResponse("<html>Bad Gateway</html>"))
                .isInstanceOf(TelegramApiRequestException.class);
        assertThat(monitor.health().getStatus().getCode()).isEqualTo("UNKNOWN");
    }

    @Test
    void thePollIsSentAsTelegramExpectsIt() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(poll);

        assertThat(json)
                .contains("\"offset\":1", "\"limit\":100", "\"timeout\":50", "\"allowed_updates\":[\"message\"]")
                .doesNotContain("monitor");
    }
}
