package org.careeradvisor.channel.web;

import org.careeradvisor.advisor.Answer;
import org.careeradvisor.advisor.Source;

import java.util.List;

/** Body of the reply to {@code POST /api/chat}: the contract other channels and users rely on. */
public record ChatResponse(String conversationId, String messageId, String answer, boolean grounded, String intent,
                           List<Source> sources, List<String> suggestions) {

    static ChatResponse from(Answer answer) {
        return new ChatResponse(answer.conversationId(), answer.messageId(), answer.answer(), answer.grounded(),
                answer.intent().wireName(), answer.sources(), answer.suggestions());
    }
}
