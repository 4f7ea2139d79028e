package org.careeradvisor.channel.web;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.conversation.StoredMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web conversation's stored messages (for the widget's reload) and its erasure. The id is the capability: an id
 * never issued, erased, or belonging to another channel (Telegram's) gets the same 404.
 */
@RestController
class ConversationController {

    private final AdvisorApi advisor;

    ConversationController(AdvisorApi advisor) {
        this.advisor = advisor;
    }

    @GetMapping("/api/conversations/{id}/messages")
    List<StoredMessage> messages(
            @PathVariable @Pattern(regexp = ClientIds.FORM, message = ClientIds.FORM_MESSAGE) String id) {
        // Another channel's conversation is answered exactly like one that does not exist.
        if (!advisor.issuedForm(id)) {
            throw new UnknownConversationException();
        }
        return advisor.history(id, WebChannel.NAME).orElseThrow(UnknownConversationException::new);
    }

    @DeleteMapping("/api/conversations/{id}")
    ResponseEntity<Void> forget(
            @PathVariable @Pattern(regexp = ClientIds.FORM, message = ClientIds.FORM_MESSAGE) String id) {
        if (!advisor.issuedForm(id) || !advisor.forget(id, WebChannel.NAME)) {
            throw new UnknownConversationException();
        }
        return ResponseEntity.noContent().build();
    }

    static class UnknownConversationException extends RuntimeException {
        UnknownConversationException() {
            super("No conversation with that id.");
        }
    }
}
