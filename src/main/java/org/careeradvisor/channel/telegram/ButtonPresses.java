package org.careeradvisor.channel.telegram;

import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Intent;
import org.careeradvisor.feedback.FeedbackService;
import org.careeradvisor.feedback.Rating;
import org.careeradvisor.retrieval.SearchIndexHolder;

/** What pressing one of the bot's buttons does: rate an answer, ask a suggested follow-up, or open a role. */
class ButtonPresses {

    private final BotApi api;
    private final AnswerButtons buttons;
    private final TelegramAnswerer answerer;
    private final FeedbackService feedback;
    private final SearchIndexHolder indexes;

    ButtonPresses(BotApi api, AnswerButtons buttons, TelegramAnswerer answerer, FeedbackService feedback, SearchIndexHolder indexes) {
        this.api = api;
        this.buttons = buttons;
        this.answerer = answerer;
        this.feedback = feedback;
        this.indexes = indexes;
    }

    /** A 👍/👎 or suggestion button: acknowledged at once, then recorded or answered; stale data gets a gentle note. */
    void pressed(org.telegram.telegrambots.meta.api.objects.CallbackQuery callback) {
        var press = buttons.read(callback.getData());
        if (press.isEmpty() || callback.getMessage() == null) {
            api.answerCallback(callback.getId(), "That button has expired. Ask me again!");
            return;
        }
        long chatId = callback.getMessage().getChatId();
        // A button under an answer in a forum topic acts on that topic's conversation and answers in that topic.
        Integer thread = callback.getMessage() instanceof org.telegram.telegrambots.meta.api.objects.message.Message message
                ? TelegramConversation.thread(message) : null;
        String conversationId = TelegramConversation.id(chatId, thread);
        if (press.get().roleId() != null) {
            var role = indexes.current().knowledge().role(press.get().roleId());
            if (role.isEmpty()) {
                api.answerCallback(callback.getId(), "That button has expired. Ask me again!");
                return;
            }
            api.answerCallback(callback.getId(), role.get().title());
            answerer.answer(chatId, thread, AdvisorRequest.explicit(conversationId, role.get().title(), "telegram", Intent.OVERVIEW,
                    java.util.List.of(role.get().id())), null);
            return;
        }
        if (press.get().rating() != null) {
            try {
                feedback.record(conversationId, press.get().messageId(),
                        press.get().rating().equals("up") ? Rating.UP : Rating.DOWN, null, "telegram");
                api.answerCallback(callback.getId(), "Thanks for the feedback!");
            } catch (FeedbackService.UnknownMessageException e) {
                api.answerCallback(callback.getId(), "That answer is too old to rate.");
            }
            return;
        }
        api.answerCallback(callback.getId(), "Asking…");
        answerer.answer(chatId, thread, conversationId, press.get().question(), null);
    }
}
