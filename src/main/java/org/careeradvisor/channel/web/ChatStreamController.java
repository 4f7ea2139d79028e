package org.careeradvisor.channel.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.AdvisorRequest;
import org.careeradvisor.advisor.Answer;
import org.careeradvisor.advisor.AnswerStream;
import org.careeradvisor.advisor.ConversationStart;
import org.careeradvisor.advisor.Intent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The chat API as server-sent events: {@code meta}, the answer in {@code delta} pieces as it is composed
 * ({@code reset} if a model's draft is withdrawn), {@code sources}, {@code suggestions}, then {@code done};
 * {@code error} with a plain message if composing fails mid-stream.
 */
@RestController
class ChatStreamController {

    private static final Logger log = LoggerFactory.getLogger(ChatStreamController.class);
    private static final long TIMEOUT_MILLIS = 90_000;

    private final AdvisorApi advisor;
    private final AsyncTaskExecutor executor;

    ChatStreamController(AdvisorApi advisor, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.advisor = advisor;
        this.executor = executor;
    }

    @PostMapping(
            path = "/api/chat/stream",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Valid @RequestBody ChatRequest request) {
        // Bad input and a not-yet-ready index are answered as problem details, before the stream starts.
        advisor.requireReady();
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        executor.execute(() -> {
            try {
                Answer answer = advisor.ask(
                        AdvisorRequest.fromClient(request.conversationId(), request.message(), WebChannel.NAME),
                        new Events(emitter));
                send(emitter, "sources", answer.sources());
                send(emitter, "suggestions", answer.suggestions());
                send(
                        emitter,
                        "done",
                        Map.of(
                                "grounded",
                                answer.grounded(),
                                "intent",
                                answer.intent().wireName()));
                emitter.complete();
            } catch (RuntimeException e) {
                log.warn("Streaming an answer failed: {}", e.getMessage());
                try {
                    send(
                            emitter,
                            "error",
                            Map.of("message", "Something went wrong while composing the answer. Please try again."));
                    emitter.complete();
                } catch (RuntimeException ignored) {
                    emitter.completeWithError(e);
                }
            }
        });
        return emitter;
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }

    /** The advisor's answer stream as server-sent events. */
    private record Events(SseEmitter emitter) implements AnswerStream {

        @Override
        public void begin(String conversationId, String messageId, ConversationStart conversation, Intent intent) {
            send(
                    emitter,
                    "meta",
                    Map.of(
                            "conversationId",
                            conversationId,
                            "messageId",
                            messageId,
                            "intent",
                            intent.wireName(),
                            "newConversation",
                            conversation.isNew(),
                            "unknownConversationId",
                            conversation == ConversationStart.REPLACED));
        }

        @Override
        public void delta(String text) {
            send(emitter, "delta", Map.of("text", text));
        }

        @Override
        public void reset() {
            send(emitter, "reset", Map.of());
        }
    }
}
