package org.careeradvisor.channel.web;

import jakarta.validation.Valid;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.AdvisorRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The JSON chat API. */
@RestController
class ChatController {

    private final AdvisorApi advisor;

    ChatController(AdvisorApi advisor) {
        this.advisor = advisor;
    }

    @PostMapping(
            path = "/api/chat",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ChatResponse chat(@Valid @RequestBody ChatRequest request) {
        return ChatResponse.from(
                advisor.ask(AdvisorRequest.fromClient(request.conversationId(), request.message(), WebChannel.NAME)));
    }
}
