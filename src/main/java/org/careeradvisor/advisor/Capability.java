package org.careeradvisor.advisor;

import java.util.List;
import org.careeradvisor.conversation.Turn;

/**
 * One thing the advisor can do for a message, chosen by its {@link Intent}: each capability is registered once, in
 * {@link Capabilities}, and learns how people ask for it from the examples in {@code advisor/intents.yml}.
 */
interface Capability {

    Intent intent();

    Reply answer(Request request);

    /**
     * A message to answer: as understood (corrected, and for a contentless follow-up the previous question it carries
     * on), its analysis, what the search found and the conversation so far.
     *
     * @param asked   the question to answer: the message, or the previous question a follow-up carries on
     * @param message the message itself, typos corrected
     */
    record Request(
            String asked,
            String message,
            QuestionAnalysis analysis,
            Evidence evidence,
            RoleSections sections,
            List<Turn> history) {

        /** The person's messages in this conversation, the question asked last. */
        List<String> messages() {
            List<String> messages = new java.util.ArrayList<>(
                    history.stream().map(Turn::question).toList());
            messages.add(asked);
            return messages;
        }
    }
}
