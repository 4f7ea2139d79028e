package org.careeradvisor.channel.telegram;

import java.time.Duration;
import org.careeradvisor.advisor.AnswerStream;
import org.careeradvisor.channel.LinkPolicy;

/**
 * Shows a model's answer growing in Telegram: a draft message after the first second of text, then at most one edit
 * a second, so Telegram's per-chat limits are never exceeded. Answers composed at once (the default composer) never
 * start a draft and are sent normally.
 */
class TelegramStream implements AnswerStream {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final int DRAFT_LIMIT = 3500;

    private final BotApi api;
    private final LinkPolicy links;
    private final long chatId;
    private final Integer thread;
    private final StringBuilder text = new StringBuilder();
    private final long started = System.nanoTime();
    private long lastFlush;
    private Integer messageId;
    private String shown = "";

    TelegramStream(BotApi api, long chatId, Integer thread, LinkPolicy links) {
        this.links = links;
        this.api = api;
        this.chatId = chatId;
        this.thread = thread;
        this.lastFlush = started;
    }

    @Override
    public synchronized void delta(String piece) {
        text.append(piece);
        long now = System.nanoTime();
        if (now - lastFlush < INTERVAL.toNanos()) {
            return;
        }
        lastFlush = now;
        String html = TelegramHtml.render(text.toString(), links);
        if (html.isBlank() || html.equals(shown)) {
            return;
        }
        String draft = html.length() > DRAFT_LIMIT
                ? html.substring(
                        0, html.lastIndexOf('\n', DRAFT_LIMIT) > 0 ? html.lastIndexOf('\n', DRAFT_LIMIT) : DRAFT_LIMIT)
                : html;
        if (messageId == null) {
            messageId = api.sendDraft(chatId, thread, BotApi.plain(draft));
        } else if (draft.length() == html.length()) {
            api.edit(chatId, messageId, draft, null);
        }
        shown = html;
    }

    @Override
    public synchronized void reset() {
        text.setLength(0);
    }

    /** The draft's message id, when one was sent. */
    synchronized Integer draft() {
        return messageId;
    }
}
