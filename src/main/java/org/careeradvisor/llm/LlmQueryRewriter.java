package org.careeradvisor.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careeradvisor.advisor.QueryRewriter;
import org.careeradvisor.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a follow-up into a standalone question with the model; on any failure the rule-based resolution stands. */
public class LlmQueryRewriter implements QueryRewriter {

    private static final Logger log = LoggerFactory.getLogger(LlmQueryRewriter.class);
    private static final int MAX_LENGTH = 300;
    private static final int TURNS = 4;

    private final ModelCall call;
    private final PromptLibrary prompts;

    public LlmQueryRewriter(ModelCall call, PromptLibrary prompts) {
        this.call = call;
        this.prompts = prompts;
    }

    @Override
    public Optional<String> rewrite(String question, List<Turn> history) {
        String conversation = history.stream()
                .skip(Math.max(0, history.size() - TURNS))
                .map(turn -> "User: " + turn.question())
                .collect(Collectors.joining("\n"));
        try {
            String rewritten = call.ask(
                    ChatRequest.builder()
                            .messages(UserMessage.from(
                                    prompts.rewrite(Map.of("history", conversation, "question", question))))
                            .build(),
                    token -> {});
            String line = rewritten == null
                    ? ""
                    : rewritten.strip().lines().findFirst().orElse("").strip();
            return line.isEmpty() || line.length() > MAX_LENGTH ? Optional.empty() : Optional.of(line);
        } catch (CallNotPermittedException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn(
                    "Rewriting the follow-up failed; the rule-based resolution stands: {}",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
