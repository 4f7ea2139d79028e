package org.careeradvisor.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one adapter to the Telegram Bot API: sends answers as HTML parts within Telegram's limit, falls back to plain
 * text when Telegram cannot parse the entities, waits out a 429 for that chat, and stops writing to a chat that
 * blocked the bot.
 */
class BotApi {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);
    /** Group limits (20 messages a minute) can ask for up to a minute; a longer wait gives the answer up, logged. */
    private static final int MAX_RETRY_AFTER_SECONDS = 60;
    /** Chats Telegram asked to wait (a 429 on a draft), with when the wait ends, on the System.nanoTime clock. */
    private final java.util.Map<Long, Long> limitedUntil = new java.util.concurrent.ConcurrentHashMap<>();
    /** The updates the bot acts on, asked for in both modes. */
    static final List<String> UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final TelegramClient client;
    private final TelegramChats chats;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    /** The adapter over HTTP to the Bot API server at {@code url}. */
    public static BotApi connect(
            String token, TelegramUrl url, TelegramChats chats, io.micrometer.core.instrument.MeterRegistry metrics) {
        // OkHttp would silently resend a request after a connection reset, which for sendMessage can mean the same
        // answer twice; send() retries only failures where nothing can have reached Telegram.
        OkHttpClient http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(5, 20, TimeUnit.SECONDS))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        return new BotApi(new OkHttpTelegramClient(http, token, url), chats, metrics);
    }

    public BotApi(TelegramClient client, TelegramChats chats, io.micrometer.core.instrument.MeterRegistry metrics) {
        this.client = client;
        this.chats = chats;
        this.metrics = metrics;
    }

    /** Publishes the command menu Telegram shows users; a failure is logged and reported, never fatal. */
    public boolean registerCommands() {
        try {
            client.execute(SetMyCommands.builder()
                    .commands(java.util.List.of(
                            new BotCommand("start", "What I can do"),
                            new BotCommand("help", "How to ask"),
                            new BotCommand("roles", "The roles I know"),
                            new BotCommand("role", "About one role: /role ML architect"),
                            new BotCommand("compare", "Compare roles: /compare A vs B"),
                            new BotCommand("reset", "Forget this conversation")))
                    .build());
            return true;
        } catch (TelegramApiException e) {
            log.warn("Registering the bot's commands failed: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Points Telegram at this webhook with the secret it must send back; a failure is logged and reported, never fatal.
     */
    public boolean registerWebhook(String url, String secret) {
        try {
            client.execute(SetWebhook.builder()
                    .url(url)
                    .secretToken(secret)
                    .allowedUpdates(UPDATES)
                    .build());
            return true;
        } catch (TelegramApiException e) {
            log.warn("Registering the webhook failed: {}", e.getMessage());
            return false;
        }
    }

    /** What Telegram knows of the webhook: where it posts, how many updates wait, its last delivery error. */
    public WebhookStatus webhookStatus() {
        try {
            WebhookInfo info = client.execute(new GetWebhookInfo());
            return new WebhookStatus(
                    info.getUrl(),
                    info.getPendingUpdatesCount(),
                    info.getLastErrorMessage(),
                    info.getLastErrorDate() == null ? null : java.time.Instant.ofEpochSecond(info.getLastErrorDate()));
        } catch (TelegramApiException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    /** Telegram's view of the webhook. */
    public record WebhookStatus(String url, Integer pendingUpdates, String lastError, java.time.Instant lastErrorAt) {}

    /** The bot's @username, from {@code getMe}. */
    public String username() {
        try {
            return client.execute(new GetMe()).getUserName();
        } catch (TelegramApiException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    /** Telegram could not be asked, or refused. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Records that a chat blocked (or unblocked) the bot. */
    public void blocked(long chatId, boolean blocked) {
        chats.setBlocked(chatId, blocked);
    }

    public void typing(long chatId) {
        try {
            client.execute(
                    SendChatAction.builder().chatId(chatId).action("typing").build());
        } catch (TelegramApiException e) {
            log.debug("typing action failed: {}", e.getMessage());
        }
    }

    /** Sends the HTML in as many messages as needed; stops at the first part that cannot be delivered. */
    public void sendHtml(long chatId, Integer threadId, String html) {
        sendHtml(chatId, threadId, html, null);
    }

    /** @param keyboard buttons for the last part, or null */
    public void sendHtml(long chatId, Integer threadId, String html, InlineKeyboardMarkup keyboard) {
        if (chats.isBlocked(chatId)) {
            return;
        }
        List<String> parts = MessageSplitter.split(html, MessageSplitter.TELEGRAM_LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            if (!send(chatId, threadId, parts.get(i), i == parts.size() - 1 ? keyboard : null, true, true)) {
                return;
            }
        }
    }

    /** Sends a plain-text draft that later edits will replace; returns its message id, or null if it was not sent. */
    public Integer sendDraft(long chatId, Integer threadId, String text) {
        Long until = limitedUntil.get(chatId);
        // A chat Telegram asked to wait gets no new draft until the wait is over: the final answer follows it.
        if (chats.isBlocked(chatId) || until != null && until > System.nanoTime()) {
            return null;
        }
        SendMessage.SendMessageBuilder<?, ?> message =
                SendMessage.builder().chatId(chatId).text(text);
        if (threadId != null) {
            message.messageThreadId(threadId);
        }
        try {
            return client.execute(message.build()).getMessageId();
        } catch (TelegramApiRequestException e) {
            Integer retryAfter =
                    e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            if (e.getErrorCode() != null
                    && e.getErrorCode() == 429
                    && retryAfter != null
                    && retryAfter <= MAX_RETRY_AFTER_SECONDS) {
                // The chat is limited: the answer that replaces this draft must wait out the same pause.
                limitedUntil.put(chatId, System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(retryAfter));
            }
            log.warn("Sending a draft failed: {}", e.getMessage());
            return null;
        } catch (TelegramApiException e) {
            log.warn("Sending a draft failed: {}", e.getMessage());
            return null;
        }
    }

    /** Replaces a message's text with HTML (plain text if Telegram cannot parse it); "not modified" is not an error. */
    public void edit(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard) {
        try {
            client.execute(EditMessageText.builder()
                    .chatId(chatId)
                    .messageId(messageId)
                    .text(html)
                    .parseMode("HTML")
                    .replyMarkup(keyboard)
                    .build());
        } catch (TelegramApiRequestException e) {
            String description = String.valueOf(e.getApiResponse());
            if (description.contains("can't parse entities")) {
                try {
                    client.execute(EditMessageText.builder()
                            .chatId(chatId)
                            .messageId(messageId)
                            .text(plain(html))
                            .replyMarkup(keyboard)
                            .build());
                } catch (TelegramApiException again) {
                    log.warn("Editing a message failed: {}", again.getMessage());
                }
            } else if (!description.contains("message is not modified")) {
                log.warn("Editing a message failed: {}", description);
            }
        } catch (TelegramApiException e) {
            log.warn("Editing a message failed: {}", e.getMessage());
        }
    }

    /** Answers a button press at once, so Telegram stops the button's spinner. */
    public void answerCallback(String callbackId, String text) {
        try {
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackId)
                    .text(text)
                    .build());
        } catch (TelegramApiException e) {
            log.debug("answering a callback failed: {}", e.getMessage());
        }
    }

    private boolean send(
            long chatId, Integer threadId, String text, InlineKeyboardMarkup keyboard, boolean html, boolean mayWait) {
        SendMessage.SendMessageBuilder<?, ?> message =
                SendMessage.builder().chatId(chatId).text(text).replyMarkup(keyboard);
        if (html) {
            message.parseMode("HTML");
        }
        if (threadId != null) {
            message.messageThreadId(threadId);
        }
        Long until = limitedUntil.remove(chatId);
        if (until != null && until > System.nanoTime()) {
            sleepNanos(until - System.nanoTime());
        }
        try {
            client.execute(message.build());
            return true;
        } catch (TelegramApiRequestException e) {
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            metrics.counter("advisor.telegram.send.failures", "code", String.valueOf(code))
                    .increment();
            String description = String.valueOf(e.getApiResponse());
            if (code == 400 && html && description.contains("can't parse entities")) {
                log.warn("Telegram could not parse the HTML of an answer; sending it as plain text");
                return send(chatId, threadId, plain(text), keyboard, false, mayWait);
            }
            if (code == 403) {
                chats.setBlocked(chatId, true);
                log.info("Chat blocked the bot; no more messages will be sent to it");
                return false;
            }
            Integer retryAfter =
                    e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            if (code == 429 && mayWait && retryAfter != null && retryAfter <= MAX_RETRY_AFTER_SECONDS) {
                // A 429 means the message was not accepted, so sending it again cannot duplicate it.
                sleep(retryAfter);
                return send(chatId, threadId, text, keyboard, html, false);
            }
            log.warn("Telegram refused a message: {} {}", code, description);
            return false;
        } catch (TelegramApiException e) {
            metrics.counter("advisor.telegram.send.failures", "code", "network").increment();
            if (mayWait && neverConnected(e)) {
                // Nothing reached Telegram, so one more try cannot duplicate the message.
                log.warn("Could not connect to Telegram; trying once more");
                sleep(1);
                return send(chatId, threadId, text, keyboard, html, false);
            }
            // Any other network failure may or may not have delivered the message: not retried, to never send it twice.
            log.warn("Sending to Telegram failed: {}", e.getMessage());
            return false;
        }
    }

    private static boolean neverConnected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    static String plain(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
