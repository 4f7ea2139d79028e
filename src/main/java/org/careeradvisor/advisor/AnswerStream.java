package org.careeradvisor.advisor;

/** Receives an answer's text as it is composed, for channels that show it progressively. */
public interface AnswerStream {

    /** A channel that does not stream. */
    AnswerStream NONE = new AnswerStream() {
        @Override
        public void delta(String text) {}

        @Override
        public void reset() {}

        @Override
        public boolean live() {
            return false;
        }
    };

    /**
     * Called once, before any text, with the ids the answer will carry, whether the message began a conversation, and
     * the intent understood.
     */
    default void begin(String conversationId, String messageId, ConversationStart conversation, Intent intent) {}

    /** The next piece of the answer's Markdown text. */
    void delta(String text);

    /**
     * Whether someone is watching the text arrive (a streaming channel), so it is worth producing it piece by piece.
     */
    default boolean live() {
        return true;
    }

    /** Everything sent so far is withdrawn; the answer starts again (a model's draft failed its checks). */
    void reset();
}
