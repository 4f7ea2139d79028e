package org.careeradvisor.channel.web;

import jakarta.validation.Valid;
import org.careeradvisor.conversation.ConversationIds;
import org.careeradvisor.feedback.FeedbackService;
import org.careeradvisor.feedback.Rating;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** 👍/👎 on an answer from the web chat. */
@RestController
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @PostMapping(path = "/api/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> record(@Valid @RequestBody FeedbackRequest request) {
        if (!ConversationIds.issuedForm(request.conversationId())) {
            throw new FeedbackService.UnknownMessageException();
        }
        feedback.record(request.conversationId(), request.messageId(), Rating.valueOf(request.rating().toUpperCase(Locale.ROOT)),
                request.comment(), WebChannel.NAME);
        return ResponseEntity.noContent().build();
    }
}
