package org.careeradvisor.conversation;

/** A channel tried to write into a conversation that belongs to another channel. */
public class ForeignConversationException extends RuntimeException {

    public ForeignConversationException() {
        super("That conversation belongs to another channel.");
    }
}
