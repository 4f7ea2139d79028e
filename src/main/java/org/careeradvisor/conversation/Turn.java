package org.careeradvisor.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One question and the advisor's reply, with what the reply was about (roles, topic, intent) so that follow-ups
 * can refer back to it, and the sections it cited.
 *
 * @param intent the intent as channels see it ("salary", "compare"...)
 */
public record Turn(
        String messageId,
        String question,
        String answer,
        List<String> roleIds,
        String topicId,
        boolean grounded,
        Instant at,
        String intent,
        List<Source> sources) {

    public Turn {
        roleIds = List.copyOf(roleIds);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
