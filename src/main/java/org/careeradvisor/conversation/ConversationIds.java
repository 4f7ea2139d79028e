package org.careeradvisor.conversation;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Conversation ids as the server issues them: 144 random bits from {@link SecureRandom}, as 24 URL-safe characters.
 * Whoever holds an id may read, continue and erase that conversation, so the id is a bearer capability and must
 * never be guessable.
 */
public final class ConversationIds {

    private static final int RANDOM_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final java.util.regex.Pattern ISSUED = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{24}");

    private ConversationIds() {}

    /**
     * A name for the conversation in logs that does not give it away: the first 12 hex digits of the id's SHA-256,
     * the same for every line of one conversation.
     */
    public static String forLogs(String conversationId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(conversationId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Whether the id has the form of one this server issues. Ids of any other form (chosen by clients of older
     * versions, such as {@code demo-1}) are never honoured from a client, even where such a conversation is stored.
     */
    public static boolean issuedForm(String conversationId) {
        return conversationId != null && ISSUED.matcher(conversationId).matches();
    }

    public static String issue() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
