package org.careeradvisor.conversation;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One message of a stored conversation, the person's or the advisor's, as a channel replays it; part of the
 * conversation's "messages" named interface.
 */
@NamedInterface("messages")
public record StoredMessage(
        String id,
        Author author,
        String text,
        String intent,
        Boolean grounded,
        List<Source> sources,
        Instant createdAt) {

    /** Who wrote the message. */
    public enum Author {
        USER,
        BOT
    }
}
