package org.careeradvisor.advisor;

/** How a message relates to its conversation, so that a client knows which conversation id to keep. */
public enum ConversationStart {
    /** The message continued the conversation it named. */
    CONTINUED,
    /** The message started a conversation (it named none). */
    STARTED,
    /** The message named a conversation this channel never issued (or one since erased), so a new one began. */
    REPLACED;

    /** Whether the message began a conversation, under the id the answer carries. */
    public boolean isNew() {
        return this != CONTINUED;
    }
}
