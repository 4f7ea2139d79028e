package org.careeradvisor.advisor;

import java.util.List;

/**
 * A message for the advisor from any channel.
 *
 * @param conversationId the conversation to continue, or null to start a new one
 * @param channel        where the message came from ("web", "telegram"), for records and metrics
 * @param intent         what a command or button asks for, decided by the channel (null: understood from the message)
 * @param roleIds        the roles a command or button is about (empty: found in the message)
 */
public record AdvisorRequest(String conversationId, String message, String channel, Intent intent, List<String> roleIds) {

    public AdvisorRequest {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public AdvisorRequest(String conversationId, String message, String channel) {
        this(conversationId, message, channel, null, List.of());
    }

    /** A request whose capability and roles the channel already knows: "/compare A vs B", a role button. */
    public static AdvisorRequest explicit(String conversationId, String message, String channel, Intent intent, List<String> roleIds) {
        return new AdvisorRequest(conversationId, message, channel, intent, roleIds);
    }
}
