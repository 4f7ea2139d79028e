package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log of refused origins, on a clock the test moves: once per origin and interval, with the calls left out. */
class RefusedOriginsTests {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RefusedOrigins refused = new RefusedOrigins(now::get, Duration.ofMinutes(5));
    private final Logger logger = (Logger) LoggerFactory.getLogger(RefusedOrigins.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void anOriginIsReportedOncePerIntervalWithTheNumberOfCallsLeftOut() {
        for (int i = 0; i < 5; i++) {
            refused.report("https://careers.other.com", "POST", "/api/chat/stream");
        }
        refused.report("https://second.example", "GET", "/api/widget/config");
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        refused.report("https://careers.other.com", "POST", "/api/chat/stream");
        assertThat(lines()).hasSize(2);

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        refused.report("https://careers.other.com", "GET", "/api/widget/config");

        List<String> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("Origin https://careers.other.com is not allowed to call the API (POST /api/chat/stream)")
                .contains("advisor.web.allowed-origins", "ADVISOR_WEB_ALLOWEDORIGINS")
                .doesNotContain("more such calls");
        assertThat(lines.get(1)).startsWith("Origin https://second.example is not allowed");
        assertThat(lines.get(2)).contains("(GET /api/widget/config; 5 more such calls since the last report)");
    }

    @Test
    void anOriginIsLoggedAsPrintableTextAndInventedOriginsCannotFillTheLog() {
        refused.report("https://a.example\r\nFAKE LINE", "GET", "/api/roles");
        for (int i = 0; i < RefusedOrigins.TRACKED + 50; i++) {
            refused.report("https://site" + i + ".example", "GET", "/api/roles");
        }

        assertThat(lines().get(0)).startsWith("Origin https://a.example??FAKE?LINE is not allowed");
        assertThat(lines()).hasSize(RefusedOrigins.TRACKED + 1);
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        refused.report("https://late.example", "GET", "/api/roles");
        assertThat(lines()).hasSize(RefusedOrigins.TRACKED + 2);
    }

    private List<String> lines() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
