package org.careeradvisor.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One question and the advisor's reply, with what the reply was about (roles and topic) so that follow-ups
 * can refer back to it.
 */
public record Turn(String messageId, String question, String answer, List<String> roleIds, String topicId,
                   boolean grounded, Instant at) {

    public Turn {
        roleIds = List.copyOf(roleIds);
    }
}
