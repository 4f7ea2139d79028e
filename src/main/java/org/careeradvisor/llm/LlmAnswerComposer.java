package org.careeradvisor.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.micrometer.core.instrument.MeterRegistry;
import org.careeradvisor.advisor.AnswerStream;
import org.careeradvisor.advisor.ModelComposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Composes answers with the configured language model from labelled sections, and keeps the default answer whenever
 * the model is down, slow, open-circuited, empty, or states a figure no section contains. Streamed text reaches the
 * channel one checked sentence at a time, so an invented figure is never shown.
 */
public class LlmAnswerComposer implements ModelComposer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerComposer.class);
    private static final int MAX_WORDS = 250;

    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final PromptLibrary prompts;
    private final CircuitBreaker breaker;
    private final LlmProperties properties;
    private final LlmMetrics metrics;
    private final OutputGuard guard = new OutputGuard();

    public LlmAnswerComposer(ChatModel chat, StreamingChatModel streaming, PromptLibrary prompts, CircuitBreaker breaker,
                             LlmProperties properties, MeterRegistry registry) {
        this.chat = chat;
        this.streaming = streaming;
        this.prompts = prompts;
        this.breaker = breaker;
        this.properties = properties;
        this.metrics = new LlmMetrics(registry, properties.provider(), breaker);
    }

    @Override
    public Optional<ModelAnswer> compose(ModelRequest request, AnswerStream stream) {
        if (!breaker.allow()) {
            metrics.fallback("circuit_open");
            return Optional.empty();
        }
        List<LabelledSection> sections = request.sections().stream().limit(properties.maxContextChunks()).toList();
        String sourceText = sections.stream().map(section -> section.chunk().body()).collect(Collectors.joining("\n"));
        ChatRequest chatRequest = ChatRequest.builder().messages(
                SystemMessage.from(prompts.system()),
                UserMessage.from(prompts.answer(request.intent().wireName(), variables(request, sections)))).build();
        long started = System.nanoTime();
        String text;
        try {
            text = stream.live() ? streamed(chatRequest, stream, sourceText) : chat.chat(chatRequest).aiMessage().text();
        } catch (InventedFigureException e) {
            breaker.success();
            stream.reset();
            log.warn("The model stated figures no section contains ({}); the default answer stands", e.getMessage());
            metrics.fallback("invented_figure");
            return Optional.empty();
        } catch (RuntimeException e) {
            breaker.failure();
            stream.reset();
            log.warn("The model failed ({}); the default answer stands; circuit {}", rootMessage(e), breaker.state());
            metrics.fallback("error");
            return Optional.empty();
        } finally {
            metrics.call(System.nanoTime() - started);
        }
        breaker.success();
        if (text == null || text.isBlank()) {
            stream.reset();
            metrics.fallback("empty");
            return Optional.empty();
        }
        List<String> invented = guard.inventedFigures(Citations.strip(text), sourceText);
        if (!invented.isEmpty()) {
            stream.reset();
            log.warn("The model stated figures no section contains ({}); the default answer stands", invented);
            metrics.fallback("invented_figure");
            return Optional.empty();
        }
        String shown = guard.stripForeignLinks(Citations.strip(text), sourceText).strip();
        return Optional.of(new ModelAnswer(shown, Citations.labels(text)));
    }

    /** Streams the model's answer sentence by sentence, each checked before it is shown. */
    private String streamed(ChatRequest request, AnswerStream stream, String sourceText) {
        CompletableFuture<String> done = new CompletableFuture<>();
        SentenceGate gate = new SentenceGate(sentence -> {
            List<String> invented = guard.inventedFigures(Citations.strip(sentence), sourceText);
            if (!invented.isEmpty()) {
                throw new InventedFigureException(invented.toString());
            }
            stream.delta(guard.stripForeignLinks(Citations.strip(sentence), sourceText));
        });
        streaming.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                if (!done.isDone()) {
                    try {
                        gate.accept(token);
                    } catch (InventedFigureException e) {
                        done.completeExceptionally(e);
                    }
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                try {
                    gate.flush();
                    done.complete(gate.text());
                } catch (InventedFigureException e) {
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get(properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InventedFigureException invented) {
                throw invented;
            }
            throw new IllegalStateException(rootMessage(e.getCause()), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no complete answer within " + properties.timeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, Object> variables(ModelRequest request, List<LabelledSection> sections) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("sections", sections.stream().map(LlmAnswerComposer::format).collect(Collectors.joining("\n")));
        variables.put("question", request.question());
        variables.put("history", request.history().isEmpty() ? "(none)" : request.history().stream().map(line -> "- " + line)
                .collect(Collectors.joining("\n")));
        variables.put("roles", request.roles().isEmpty() ? "the roles in the sections" : String.join(", ", request.roles()));
        variables.put("maxWords", MAX_WORDS);
        return variables;
    }

    /** A section as quoted data with its label; angle brackets are escaped so its text cannot close the block. */
    private static String format(LabelledSection section) {
        return "<section label=\"" + section.label() + "\" role=\"" + section.chunk().roleTitle() + "\" title=\""
                + section.chunk().headingPath() + "\">\n" + section.chunk().body().replace("<", "&lt;").replace(">", "&gt;")
                + "\n</section>";
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** A streamed sentence stated a figure that no section contains. */
    static class InventedFigureException extends RuntimeException {
        InventedFigureException(String figures) {
            super(figures);
        }
    }
}
