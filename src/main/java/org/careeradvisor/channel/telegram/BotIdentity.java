package org.careeradvisor.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's @username, needed to tell mentions and {@code /cmd@ThisBot} apart in groups: configured, or asked of
 * Telegram with {@code getMe} on first need and then kept. A failed lookup is tried again at most once a minute;
 * until then group messages are not taken as addressed to the bot (private chats are unaffected).
 */
class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final BotApi api;
    private final Clock clock;
    private volatile String username;
    private Instant nextLookup = Instant.MIN;

    BotIdentity(String configured, BotApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
        this.username = configured == null || configured.isBlank() ? null : normalise(configured);
    }

    /** @return the lower-case username without "@", or "" while it is unknown */
    String username() {
        String known = username;
        return known != null ? known : lookUp();
    }

    private synchronized String lookUp() {
        if (username != null) {
            return username;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextLookup)) {
            return "";
        }
        try {
            username = normalise(api.username());
            log.info("Telegram bot username from getMe: @{}", username);
            return username;
        } catch (BotApi.Unavailable e) {
            nextLookup = now.plus(RETRY);
            log.warn(
                    "Could not learn the bot's username from getMe ({}); set advisor.telegram.bot-username",
                    e.getMessage());
            return "";
        }
    }

    private static String normalise(String name) {
        return name.replace("@", "").strip().toLowerCase(Locale.ROOT);
    }
}
