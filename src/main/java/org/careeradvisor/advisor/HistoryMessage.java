package org.careeradvisor.advisor;

import java.time.Instant;
import java.util.List;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.conversation.StoredMessage;

/** One message of a conversation, the person's or the advisor's, as a channel replays it. */
public record HistoryMessage(
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

    static HistoryMessage of(StoredMessage message) {
        Author author = message.author() == StoredMessage.Author.USER ? Author.USER : Author.BOT;
        return new HistoryMessage(
                message.id(),
                author,
                message.text(),
                message.intent(),
                message.grounded(),
                message.sources(),
                message.createdAt());
    }
}
