package org.careeradvisor.channel.web;

import jakarta.validation.Valid;
import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Map;

/**
 * The chat API as server-sent events: {@code meta}, the answer in {@code delta} pieces, {@code sources},
 * {@code suggestions}, then {@code done}; {@code error} with a plain message if composing fails mid-stream.
 */
@RestController
class ChatStreamController {

    private static final Logger log = LoggerFactory.getLogger(ChatStreamController.class);
    private static final long TIMEOUT_MILLIS = 60_000;

    private final Advisor advisor;

    ChatStreamController(Advisor advisor) {
        this.advisor = advisor;
    }

    @PostMapping(path = "/api/chat/stream", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Valid @RequestBody ChatRequest request) {
        // Validation and readiness problems are answered as problem details, before the stream starts.
        Answer answer = advisor.ask(new AdvisorRequest(request.conversationId(), request.message(), "web"));
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        try {
            send(emitter, "meta", Map.of("conversationId", answer.conversationId(), "messageId", answer.messageId(),
                    "intent", answer.intent().wireName(), "grounded", answer.grounded()));
            for (String piece : AnswerPieces.of(answer.answer())) {
                send(emitter, "delta", Map.of("text", piece));
            }
            send(emitter, "sources", answer.sources());
            send(emitter, "suggestions", answer.suggestions());
            send(emitter, "done", Map.of("grounded", answer.grounded()));
            emitter.complete();
        } catch (IOException | RuntimeException e) {
            log.warn("Streaming an answer failed: {}", e.getMessage());
            try {
                send(emitter, "error", Map.of("message", "Something went wrong while sending the answer. Please try again."));
                emitter.complete();
            } catch (IOException | RuntimeException ignored) {
                emitter.completeWithError(e);
            }
        }
        return emitter;
    }

    private static void send(SseEmitter emitter, String event, Object data) throws IOException {
        emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
    }
}
