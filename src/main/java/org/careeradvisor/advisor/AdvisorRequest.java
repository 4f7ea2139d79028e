package org.careeradvisor.advisor;

/**
 * A message for the advisor from any channel.
 *
 * @param conversationId the conversation to continue, or null to start a new one
 * @param channel        where the message came from ("web", "telegram"), for records and metrics
 */
public record AdvisorRequest(String conversationId, String message, String channel) {
}
