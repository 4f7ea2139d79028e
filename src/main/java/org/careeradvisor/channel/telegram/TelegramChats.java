package org.careeradvisor.channel.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which Telegram chats blocked the bot, so that no instance sends to them again until they come back. */
public class TelegramChats {

    private final JdbcClient jdbc;

    public TelegramChats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void setBlocked(long chatId, boolean blocked) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update telegram_chats set blocked = ?, updated_at = ? where chat_id = ?")
                .params(blocked, now, chatId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into telegram_chats (chat_id, blocked, updated_at) values (?, ?, ?)")
                    .params(chatId, blocked, now)
                    .update();
        }
    }

    public boolean isBlocked(long chatId) {
        return jdbc.sql("select blocked from telegram_chats where chat_id = ?")
                .param(chatId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
