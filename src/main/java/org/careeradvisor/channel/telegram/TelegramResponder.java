package org.careeradvisor.channel.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Intent;
import org.careeradvisor.advisor.MessageText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Answers one Telegram update (the {@link TelegramInbox} sees that each is handed over once, across instances):
 * private chats always, groups only when the bot is mentioned, replied to or addressed by command; never throws.
 */
class TelegramResponder {

    private static final Logger log = LoggerFactory.getLogger(TelegramResponder.class);
    static final String TEXT_ONLY =
            "I answer text questions about our roles. Try: What does a Machine Learning Data Architect earn?";
    static final String SORRY = "Sorry, something went wrong while answering. Please ask again in a moment.";
    static final String SLOW_DOWN = "You are sending messages quickly; please wait a minute before the next question.";

    private final AdvisorApi advisor;
    private final BotApi api;
    private final BotIdentity identity;
    private final AnswerButtons buttons;
    private final TelegramAnswerer answerer;
    private final ButtonPresses presses;
    private final UserLimiter limiter;
    private final MeterRegistry metrics;

    TelegramResponder(
            AdvisorApi advisor,
            BotApi api,
            BotIdentity identity,
            AnswerButtons buttons,
            TelegramAnswerer answerer,
            ButtonPresses presses,
            UserLimiter limiter,
            MeterRegistry metrics) {
        this.advisor = advisor;
        this.api = api;
        this.identity = identity;
        this.buttons = buttons;
        this.answerer = answerer;
        this.presses = presses;
        this.limiter = limiter;
        this.metrics = metrics;
    }

    public void handle(Update update) {
        try (var ignored = MDC.putCloseable("updateId", String.valueOf(update.getUpdateId()))) {
            metrics.counter("advisor.telegram.updates").increment();
            if (update.hasMyChatMember()) {
                // "kicked" is how Telegram reports that the user blocked the bot; any other status lifts the block.
                String status = update.getMyChatMember().getNewChatMember().getStatus();
                api.blocked(update.getMyChatMember().getChat().getId(), "kicked".equals(status));
                return;
            }
            if (update.hasCallbackQuery()) {
                presses.pressed(update.getCallbackQuery());
                return;
            }
            // Edited messages, channel posts and other updates never cause an answer.
            if (!update.hasMessage()) {
                return;
            }
            respond(update.getMessage());
        } catch (RuntimeException e) {
            log.error("Handling a Telegram update failed", e);
            apologise(update);
        }
    }

    /** Whether answers can be composed yet (the role documents are indexed); until then updates should wait. */
    public boolean ready() {
        return advisor.ready();
    }

    /** The update was taken but not answered: the user is told to ask again rather than left waiting. */
    private void apologise(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                api.answerCallback(update.getCallbackQuery().getId(), SORRY);
            } else if (update.hasMessage()
                    && "private".equals(update.getMessage().getChat().getType())) {
                api.sendHtml(update.getMessage().getChatId(), null, SORRY);
            }
        } catch (RuntimeException again) {
            log.warn("Could not tell the user that answering failed: {}", again.getMessage());
        }
    }

    private void respond(Message message) {
        long chatId = message.getChatId();
        boolean privateChat = "private".equals(message.getChat().getType());
        Integer thread = TelegramConversation.thread(message);
        if (!message.hasText()) {
            if (privateChat && sentByUser(message)) {
                api.sendHtml(chatId, thread, TelegramHtml.escape(TEXT_ONLY));
            }
            return;
        }
        String text = message.getText().strip();
        if (!privateChat && !addressedToBot(message, text)) {
            return;
        }
        long userId = message.getFrom() == null ? chatId : message.getFrom().getId();
        switch (limiter.check(userId)) {
            case WARN -> {
                metrics.counter("advisor.rate.limited", "scope", "telegram_user")
                        .increment();
                api.sendHtml(chatId, thread, SLOW_DOWN);
                return;
            }
            case IGNORE -> {
                metrics.counter("advisor.rate.limited", "scope", "telegram_user")
                        .increment();
                return;
            }
            default -> {}
        }
        String botUsername = identity.username();
        if (!botUsername.isEmpty()) {
            text = mention(botUsername).matcher(text).replaceAll("").strip();
        }
        String conversationId = TelegramConversation.id(chatId, thread);
        if (text.length() > MessageText.MAX_LENGTH) {
            api.sendHtml(
                    chatId,
                    thread,
                    String.format(Locale.ROOT, "Please keep questions under %,d characters.", MessageText.MAX_LENGTH));
            return;
        }
        if (!MessageText.askable(text)) {
            api.sendHtml(chatId, thread, TelegramHtml.escape(TEXT_ONLY));
            return;
        }
        if (text.startsWith("/")) {
            String command = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String argument =
                    text.contains(" ") ? text.substring(text.indexOf(' ') + 1).strip() : "";
            switch (command) {
                case "/reset", "/forget" -> {
                    advisor.forget(conversationId, "telegram");
                    api.sendHtml(chatId, thread, "Done: I have forgotten this conversation.");
                    return;
                }
                case "/roles" -> {
                    api.sendHtml(chatId, thread, "Pick a role to hear about:", buttons.roles(advisor.roles()));
                    return;
                }
                // A deep link (t.me/YourBot?start=machine-learning-data-architect) opens that role.
                case "/start" -> {
                    var role = advisor.role(argument);
                    if (role.isEmpty()) {
                        // A greeting saying what the bot does, with the roles as buttons to start from.
                        answerer.answer(chatId, thread, conversationId, "hello", buttons.roles(advisor.roles()));
                        return;
                    }
                    answerer.overview(chatId, thread, conversationId, role.get());
                    return;
                }
                case "/help" -> text = "help";
                // The command says what is asked; only the roles are read from its argument.
                case "/role", "/compare" -> {
                    if (argument.isEmpty()) {
                        text = "help";
                    } else {
                        Intent intent = command.equals("/role") ? Intent.OVERVIEW : Intent.COMPARE;
                        answerer.answer(
                                chatId,
                                thread,
                                AdvisorRequest.explicit(conversationId, argument, "telegram", intent, List.of()),
                                null);
                        return;
                    }
                }
                default -> text = argument.isEmpty() ? "help" : argument;
            }
        }
        answerer.answer(chatId, thread, conversationId, text, null);
    }

    /** In groups: a mention of the bot, a reply to the bot, or a command for this bot (not /cmd@OtherBot). */
    private boolean addressedToBot(Message message, String text) {
        String botUsername = identity.username();
        if (botUsername.isEmpty()) {
            return false;
        }
        if (mentions(text, botUsername)) {
            return true;
        }
        Message replied = message.getReplyToMessage();
        if (replied != null
                && replied.getFrom() != null
                && replied.getFrom().getIsBot()
                && botUsername.equalsIgnoreCase(String.valueOf(replied.getFrom().getUserName()))) {
            return true;
        }
        return false;
    }

    /** "@name" (also in /help@name) not followed by more of a name, so @CareerAdvisorBot2 is another bot. */
    private static Pattern mention(String botUsername) {
        return Pattern.compile("@" + Pattern.quote(botUsername) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
    }

    private static boolean mentions(String text, String botUsername) {
        return mention(botUsername).matcher(text).find();
    }

    /** Something a person sent (a photo, a sticker, a voice note...), as opposed to a service message. */
    private static boolean sentByUser(Message message) {
        return message.hasPhoto()
                || message.hasSticker()
                || message.hasVoice()
                || message.hasDocument()
                || message.hasVideo()
                || message.hasAudio()
                || message.hasAnimation()
                || message.hasVideoNote()
                || message.hasLocation()
                || message.hasContact()
                || message.hasPoll()
                || message.hasDice()
                || message.hasStory();
    }
}
