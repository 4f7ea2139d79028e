package org.careeradvisor.channel.telegram;

import tools.jackson.databind.json.JsonMapper;

/** Real-shaped Telegram updates (after the payloads Telegram sends), for the webhook and polling tests. */
final class TelegramUpdates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TelegramUpdates() {}

    static String privateText(long updateId, long chat, String text) {
        return """
                {"update_id": %d, "message": {"message_id": 6557, "from": {"id": %d, "is_bot": false, "first_name": "Waffle",
                 "username": "WaffleLapkin", "language_code": "en"}, "chat": {"id": %d, "first_name": "Waffle", "username": "WaffleLapkin",
                 "type": "private"}, "date": 1569518342, "text": %s, "link_preview_options": {"is_disabled": true}}}
                """.formatted(updateId, chat, chat, quoted(text));
    }

    static String editedText(long updateId, long chat, String text) {
        return """
                {"update_id": %d, "edited_message": {"message_id": 6557, "from": {"id": %d, "is_bot": false, "first_name": "Waffle"},
                 "chat": {"id": %d, "type": "private", "first_name": "Waffle"}, "date": 1569518342, "edit_date": 1569518400, "text": %s}}
                """.formatted(updateId, chat, chat, quoted(text));
    }

    static String groupText(long updateId, long chat, String text) {
        return """
                {"update_id": %d, "message": {"message_id": 42, "from": {"id": 99, "is_bot": false, "first_name": "Ann"},
                 "chat": {"id": %d, "title": "AI careers", "type": "supergroup"}, "date": 1764100000, "text": %s}}
                """.formatted(updateId, chat, quoted(text));
    }

    /** A message in a forum topic of a supergroup (Telegram sets message_thread_id and is_topic_message). */
    static String topicText(long updateId, long chat, int thread, String text) {
        return """
                {"update_id": %d, "message": {"message_id": 43, "message_thread_id": %d, "is_topic_message": true,
                 "from": {"id": 99, "is_bot": false, "first_name": "Ann"},
                 "chat": {"id": %d, "title": "AI careers", "type": "supergroup", "is_forum": true}, "date": 1764100000, "text": %s}}
                """.formatted(updateId, thread, chat, quoted(text));
    }

    /** A button pressed under the bot's answer in a forum topic. */
    static String topicCallback(long updateId, long chat, int thread, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "4382bfdwdsb323b2e1", "from": {"id": 99, "is_bot": false, "first_name": "Ann"},
                 "message": {"message_id": 7001, "message_thread_id": %d, "is_topic_message": true,
                  "from": {"id": 123456, "is_bot": true, "first_name": "Advisor", "username": "CareerAdvisorBot"},
                  "chat": {"id": %d, "title": "AI careers", "type": "supergroup", "is_forum": true}, "date": 1764100000, "text": "answer"},
                 "chat_instance": "-1234567891", "data": %s}}
                """.formatted(updateId, thread, chat, quoted(data));
    }

    static String callback(long updateId, long chat, String data) {
        return """
                {"update_id": %d, "callback_query": {"id": "4382bfdwdsb323b2d9", "from": {"id": %d, "is_bot": false, "first_name": "Waffle"},
                 "message": {"message_id": 7001, "from": {"id": 123456, "is_bot": true, "first_name": "Advisor", "username": "CareerAdvisorBot"},
                  "chat": {"id": %d, "type": "private", "first_name": "Waffle"}, "date": 1764100000, "text": "answer"},
                 "chat_instance": "-1234567890", "data": %s}}
                """.formatted(updateId, chat, chat, quoted(data));
    }

    /** The user blocked the bot: Telegram reports the bot as "kicked" from the private chat. */
    static String blockedBy(long updateId, long chat) {
        return """
                {"update_id": %d, "my_chat_member": {"chat": {"id": %d, "type": "private", "first_name": "Waffle"},
                 "from": {"id": %d, "is_bot": false, "first_name": "Waffle"}, "date": 1764100000,
                 "old_chat_member": {"status": "member", "user": {"id": 123456, "is_bot": true, "first_name": "Advisor"}},
                 "new_chat_member": {"status": "kicked", "until_date": 0, "user": {"id": 123456, "is_bot": true, "first_name": "Advisor"}}}}
                """.formatted(updateId, chat, chat);
    }

    /** An update this library cannot read: {@code from} lacks {@code is_bot}. */
    static String unreadable(long updateId, long chat) {
        return """
                {"update_id": %d, "message": {"message_id": 1, "date": 1, "chat": {"id": %d, "type": "private"},
                 "from": {"id": %d, "first_name": "A"}, "text": "hi"}}
                """.formatted(updateId, chat, chat);
    }

    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
