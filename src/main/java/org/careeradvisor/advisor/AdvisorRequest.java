package org.careeradvisor.advisor;

import java.util.List;

/**
 * A message for the advisor from any channel.
 *
 * @param conversationId the conversation to continue, or null to start a new one
 * @param channel        where the message came from ("web", "telegram"), for records and metrics; a conversation
 *                       belongs to the channel that started it
 * @param intent         what a command or button asks for, decided by the channel (null: understood from the message)
 * @param roleIds        the roles a command or button is about (empty: found in the message)
 * @param fromClient     the conversation id came from a client, so it may only continue a conversation the server
 *                       issued on this channel: any other id starts a new conversation under a fresh id. When false the
 *                       channel names its own conversations (Telegram's {@code tg-<chatId>}) and a new name starts one.
 */
public record AdvisorRequest(
        String conversationId,
        String message,
        String channel,
        Intent intent,
        List<String> roleIds,
        boolean fromClient) {

    public AdvisorRequest {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public AdvisorRequest(String conversationId, String message, String channel) {
        this(conversationId, message, channel, null, List.of(), false);
    }

    /** A message whose conversation id a client sent: a capability the server issued, or else a new conversation. */
    public static AdvisorRequest fromClient(String conversationId, String message, String channel) {
        return new AdvisorRequest(conversationId, message, channel, null, List.of(), true);
    }

    /** A request whose capability and roles the channel already knows: "/compare A vs B", a role button. */
    public static AdvisorRequest explicit(
            String conversationId, String message, String channel, Intent intent, List<String> roleIds) {
        return new AdvisorRequest(conversationId, message, channel, intent, roleIds, false);
    }
}
