package org.careeradvisor.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careeradvisor.advisor.AnswerStream;
import org.careeradvisor.advisor.ModelComposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes answers with the configured language model from labelled sections, and keeps the default answer whenever
 * the model is down, sends no first token in time, is too slow, open-circuited, empty, or states a figure no section
 * contains. Streamed text reaches the channel one checked sentence at a time, so an invented figure is never shown;
 * a draft abandoned half-way is withdrawn with a reset before the default answer follows.
 */
public class LlmAnswerComposer implements ModelComposer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerComposer.class);
    private static final int MAX_WORDS = 250;

    private final ModelCall call;
    private final PromptLibrary prompts;
    private final LlmProperties properties;
    private final LlmMetrics metrics;
    private final OutputGuard guard;

    LlmAnswerComposer(
            ModelCall call, PromptLibrary prompts, LlmProperties properties, LlmMetrics metrics, OutputGuard guard) {
        this.call = call;
        this.prompts = prompts;
        this.properties = properties;
        this.metrics = metrics;
        this.guard = guard;
    }

    @Override
    public Optional<ModelAnswer> compose(ModelRequest request, AnswerStream stream) {
        List<LabelledSection> sections =
                request.sections().stream().limit(properties.maxContextChunks()).toList();
        String sourceText =
                sections.stream().map(section -> section.chunk().body()).collect(Collectors.joining("\n"));
        ChatRequest chatRequest = ChatRequest.builder()
                .messages(
                        SystemMessage.from(prompts.system()),
                        UserMessage.from(prompts.answer(request.intent().wireName(), variables(request, sections))))
                .build();
        Draft draft = new Draft(stream, sourceText);
        long started = System.nanoTime();
        boolean called = true;
        String text;
        try {
            text = call.ask(chatRequest, draft::accept);
            draft.flush();
        } catch (CallNotPermittedException e) {
            called = false;
            metrics.fallback("circuit_open");
            return Optional.empty();
        } catch (InventedFigureException e) {
            draft.withdraw();
            log.warn("The model stated figures no section contains ({}); the default answer stands", e.getMessage());
            metrics.fallback("invented_figure");
            return Optional.empty();
        } catch (ModelCall.NoFirstToken e) {
            return fallBack(draft, "first_token_timeout", e);
        } catch (ModelCall.TooSlow e) {
            return fallBack(draft, "timeout", e);
        } catch (RuntimeException e) {
            return fallBack(draft, "error", e);
        } finally {
            if (called) {
                metrics.call(System.nanoTime() - started);
            }
        }
        if (text == null || text.isBlank()) {
            draft.withdraw();
            metrics.fallback("empty");
            return Optional.empty();
        }
        List<String> invented = guard.inventedFigures(Citations.strip(text), sourceText);
        if (!invented.isEmpty()) {
            draft.withdraw();
            log.warn("The model stated figures no section contains ({}); the default answer stands", invented);
            metrics.fallback("invented_figure");
            return Optional.empty();
        }
        String shown =
                guard.stripForeignLinks(Citations.strip(text), sourceText).strip();
        return Optional.of(new ModelAnswer(shown, Citations.labels(text)));
    }

    private Optional<ModelAnswer> fallBack(Draft draft, String reason, RuntimeException e) {
        draft.withdraw();
        log.warn(
                "The model failed ({}); the default answer stands; circuit {}",
                rootMessage(e),
                call.breaker().getState());
        metrics.fallback(reason);
        return Optional.empty();
    }

    /**
     * The model's text on its way to a live channel, one checked sentence at a time; a channel that does not stream
     * gets nothing until the whole answer is checked.
     */
    private final class Draft {
        private final AnswerStream stream;
        private final SentenceGate gate;
        private boolean shown;

        Draft(AnswerStream stream, String sourceText) {
            this.stream = stream;
            this.gate = new SentenceGate(sentence -> {
                List<String> invented = guard.inventedFigures(Citations.strip(sentence), sourceText);
                if (!invented.isEmpty()) {
                    throw new InventedFigureException(invented.toString());
                }
                shown = true;
                stream.delta(guard.stripForeignLinks(Citations.strip(sentence), sourceText));
            });
        }

        void accept(String token) {
            if (stream.live()) {
                gate.accept(token);
            }
        }

        void flush() {
            if (stream.live()) {
                gate.flush();
            }
        }

        /** Withdraws what the channel was shown (a {@code reset}), so the default answer follows no half draft. */
        void withdraw() {
            if (shown) {
                shown = false;
                stream.reset();
            }
        }
    }

    private static Map<String, Object> variables(ModelRequest request, List<LabelledSection> sections) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                "sections", sections.stream().map(LlmAnswerComposer::format).collect(Collectors.joining("\n")));
        variables.put("question", request.question());
        variables.put(
                "history",
                request.history().isEmpty()
                        ? "(none)"
                        : request.history().stream().map(line -> "- " + line).collect(Collectors.joining("\n")));
        variables.put(
                "roles", request.roles().isEmpty() ? "the roles in the sections" : String.join(", ", request.roles()));
        variables.put("maxWords", MAX_WORDS);
        return variables;
    }

    /** A section as quoted data with its label; angle brackets are escaped so its text cannot close the block. */
    private static String format(LabelledSection section) {
        return "<section label=\"" + section.label() + "\" role=\""
                + section.chunk().roleTitle() + "\" title=\""
                + section.chunk().headingPath() + "\">\n"
                + section.chunk().body().replace("<", "&lt;").replace(">", "&gt;")
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
