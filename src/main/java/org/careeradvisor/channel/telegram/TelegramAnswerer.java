package org.careeradvisor.channel.telegram;

import java.util.stream.Collectors;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Answer;
import org.careeradvisor.channel.LinkPolicy;
import org.careeradvisor.conversation.Source;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Asks the advisor and delivers its answer to a chat: typing while it is composed, a draft edited as a model's text
 * streams in, then the answer as Telegram HTML with its sources and buttons.
 */
class TelegramAnswerer {

    private final AdvisorApi advisor;
    private final BotApi api;
    private final AnswerButtons buttons;
    private final LinkPolicy links;

    TelegramAnswerer(AdvisorApi advisor, BotApi api, AnswerButtons buttons, LinkPolicy links) {
        this.advisor = advisor;
        this.api = api;
        this.buttons = buttons;
        this.links = links;
    }

    /**
     * Answers the question in the chat (and forum topic, if any).
     *
     * @param keyboard buttons to show instead of the answer's own (feedback and follow-ups), or null */
    void answer(long chatId, Integer thread, String conversationId, String text, InlineKeyboardMarkup keyboard) {
        answer(chatId, thread, new AdvisorRequest(conversationId, text, "telegram"), keyboard);
    }

    /** Answers a request a command or button already understood (its intent and roles). */
    /** A role's overview, asked by a button or a deep link: the intent and role given, no sentence to parse back. */
    void overview(long chatId, Integer thread, String conversationId, org.careeradvisor.advisor.RoleView role) {
        answer(
                chatId,
                thread,
                AdvisorRequest.explicit(
                        conversationId,
                        role.title(),
                        "telegram",
                        org.careeradvisor.advisor.Intent.OVERVIEW,
                        java.util.List.of(role.id())),
                null);
    }

    void answer(long chatId, Integer thread, AdvisorRequest request, InlineKeyboardMarkup keyboard) {
        api.typing(chatId);
        TelegramStream stream = new TelegramStream(api, chatId, thread, links);
        Answer answer = advisor.ask(request, stream);
        if (keyboard == null) {
            keyboard = buttons.keyboard(answer.messageId(), answer.suggestions());
        }
        String html = render(answer, links);
        Integer draft = stream.draft();
        if (draft == null) {
            api.sendHtml(chatId, thread, html, keyboard);
            return;
        }
        // The draft becomes the first part of the final answer; any further parts follow as new messages.
        var parts = MessageSplitter.split(html, MessageSplitter.TELEGRAM_LIMIT);
        api.edit(chatId, draft, parts.get(0), parts.size() == 1 ? keyboard : null);
        if (parts.size() > 1) {
            api.sendHtml(chatId, thread, String.join("\n\n", parts.subList(1, parts.size())), keyboard);
        }
    }

    static String render(Answer answer, LinkPolicy links) {
        StringBuilder html = new StringBuilder(TelegramHtml.render(answer.answer(), links));
        if (!answer.sources().isEmpty()) {
            html.append("\n\n<i>Sources:</i> ")
                    .append(answer.sources().stream()
                            .map(Source::section)
                            .distinct()
                            .map(TelegramHtml::escape)
                            .collect(Collectors.joining("; ")));
        }
        return html.toString();
    }
}
