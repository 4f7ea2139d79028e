package org.careeradvisor.channel.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.Verdict;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 👍/👎 on an answer from the web chat. */
@RestController
class FeedbackController {

    private final AdvisorApi advisor;

    FeedbackController(AdvisorApi advisor) {
        this.advisor = advisor;
    }

    @PostMapping(path = "/api/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> record(@Valid @RequestBody FeedbackRequest request) {
        // The conversation's channel and answer are checked by the advisor; another channel's is unknown here.
        Verdict verdict = Verdict.valueOf(request.rating().toUpperCase(Locale.ROOT));
        if (!advisor.issuedForm(request.conversationId())
                || !advisor.rate(
                        request.conversationId(), request.messageId(), verdict, request.comment(), WebChannel.NAME)) {
            throw new UnknownMessageException();
        }
        return ResponseEntity.noContent().build();
    }

    /** Feedback named a conversation or message the advisor does not know. */
    static class UnknownMessageException extends RuntimeException {
        UnknownMessageException() {
            super("No answer with that messageId in that conversation.");
        }
    }
}
