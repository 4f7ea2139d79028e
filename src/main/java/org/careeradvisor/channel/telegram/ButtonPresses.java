package org.careeradvisor.channel.telegram;

import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.Verdict;

/** What pressing one of the bot's buttons does: rate an answer, ask a suggested follow-up, or open a role. */
class ButtonPresses {

    private final BotApi api;
    private final AnswerButtons buttons;
    private final TelegramAnswerer answerer;
    private final AdvisorApi advisor;

    ButtonPresses(BotApi api, AnswerButtons buttons, TelegramAnswerer answerer, AdvisorApi advisor) {
        this.api = api;
        this.buttons = buttons;
        this.answerer = answerer;
        this.advisor = advisor;
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
        Integer thread =
                callback.getMessage() instanceof org.telegram.telegrambots.meta.api.objects.message.Message message
                        ? TelegramConversation.thread(message)
                        : null;
        String conversationId = TelegramConversation.id(chatId, thread);
        if (press.get().roleId() != null) {
            var role = advisor.role(press.get().roleId());
            if (role.isEmpty()) {
                api.answerCallback(callback.getId(), "That button has expired. Ask me again!");
                return;
            }
            api.answerCallback(callback.getId(), role.get().title());
            answerer.overview(chatId, thread, conversationId, role.get());
            return;
        }
        if (press.get().rating() != null) {
            Verdict verdict = press.get().rating().equals("up") ? Verdict.UP : Verdict.DOWN;
            if (advisor.rate(conversationId, press.get().messageId(), verdict, null, "telegram")) {
                api.answerCallback(callback.getId(), "Thanks for the feedback!");
            } else {
                api.answerCallback(callback.getId(), "That answer is too old to rate.");
            }
            return;
        }
        api.answerCallback(callback.getId(), "Asking…");
        answerer.answer(chatId, thread, conversationId, press.get().question(), null);
    }
}
