package org.careeradvisor.channel.telegram;

/**
 * The conversation a Telegram message belongs to: its chat, and in a forum its topic, so that each topic of a group
 * keeps its own history and a button pressed in a topic acts on that topic's conversation.
 */
final class TelegramConversation {

    private TelegramConversation() {}

    /** @param thread the forum topic's thread id, or null outside a topic */
    static String id(long chatId, Integer thread) {
        return "tg-" + chatId + (thread == null ? "" : "-" + thread);
    }

    /** The topic a message was sent in, or null when it is not a forum topic message. */
    static Integer thread(org.telegram.telegrambots.meta.api.objects.message.Message message) {
        return message.isTopicMessage() ? message.getMessageThreadId() : null;
    }
}
