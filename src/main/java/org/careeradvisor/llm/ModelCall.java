package org.careeradvisor.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One call to the model, always streamed so that a stalled server is noticed when its first token is late (not
 * only when the whole answer is), through the circuit breaker: skipped while the circuit is open, recorded with its
 * duration (so slow answers count), abandoned when no token arrives within the first-token limit or the answer is
 * not complete within the overall timeout. Once {@link #ask} returns or throws, no token reaches the consumer.
 */
final class ModelCall {

    private final StreamingChatModel model;
    private final CircuitBreaker breaker;
    private final Duration firstToken;
    private final Duration overall;

    ModelCall(StreamingChatModel model, CircuitBreaker breaker, LlmProperties properties) {
        this.model = model;
        this.breaker = breaker;
        this.firstToken = properties.firstTokenTimeout();
        this.overall = properties.timeout();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /**
     * The model's whole answer; each token goes to {@code tokens} as it arrives, on the model client's thread.
     *
     * @throws CallNotPermittedException while the circuit is open (the model is not called)
     * @throws NoFirstToken              when the model sent nothing within the first-token limit
     * @throws TooSlow                   when the answer was not complete within the overall timeout
     * @throws RuntimeException          whatever {@code tokens} threw (the call stops there), or the model's error
     */
    String ask(ChatRequest request, Consumer<String> tokens) {
        if (!breaker.tryAcquirePermission()) {
            throw CallNotPermittedException.createCallNotPermittedException(breaker);
        }
        long started = System.nanoTime();
        Exchange exchange = new Exchange(tokens);
        try {
            model.chat(request, exchange);
            String text = exchange.await(started);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return text;
        } catch (Refused refused) {
            // The model was answering; the receiver stopped it (a draft failed its checks, or the client left).
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            throw refused.reason;
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            throw e;
        } finally {
            exchange.abandon();
        }
    }

    /** The model sent no token within the first-token limit. */
    static final class NoFirstToken extends RuntimeException {
        NoFirstToken(Duration limit) {
            super("no token within " + limit.toMillis() + " ms");
        }
    }

    /** The model's answer was not complete within the overall timeout. */
    static final class TooSlow extends RuntimeException {
        TooSlow(Duration limit) {
            super("no complete answer within " + limit.toMillis() + " ms");
        }
    }

    /** What the token consumer threw, carried out of the model client's thread. */
    private static final class Refused extends RuntimeException {
        private final RuntimeException reason;

        Refused(RuntimeException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }
    }

    /** The handler of one streamed answer; tokens are passed on under its lock, and never after it is abandoned. */
    private final class Exchange implements StreamingChatResponseHandler {
        private final Consumer<String> tokens;
        private final CompletableFuture<Void> firstSign = new CompletableFuture<>();
        private final CompletableFuture<String> done = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private StreamingHandle handle;
        private boolean abandoned;

        Exchange(Consumer<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public void onPartialResponse(String token) {
            token(token, null);
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            token(partial.text(), context.streamingHandle());
        }

        /** A reasoning model thinking aloud is alive: its first thought counts as the first token. */
        @Override
        public void onPartialThinking(PartialThinking thinking) {
            firstSign.complete(null);
        }

        @Override
        public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
            firstSign.complete(null);
        }

        private synchronized void token(String token, StreamingHandle streamingHandle) {
            if (streamingHandle != null) {
                handle = streamingHandle;
            }
            if (abandoned) {
                cancel();
                return;
            }
            if (token == null || token.isEmpty()) {
                return;
            }
            firstSign.complete(null);
            text.append(token);
            try {
                tokens.accept(token);
            } catch (RuntimeException e) {
                abandoned = true;
                cancel();
                done.completeExceptionally(new Refused(e));
            }
        }

        @Override
        public synchronized void onCompleteResponse(ChatResponse response) {
            firstSign.complete(null);
            if (text.isEmpty()
                    && response != null
                    && response.aiMessage() != null
                    && response.aiMessage().text() != null) {
                text.append(response.aiMessage().text());
            }
            done.complete(text.toString());
        }

        @Override
        public void onError(Throwable error) {
            firstSign.complete(null);
            done.completeExceptionally(error);
        }

        String await(long startedNanos) {
            try {
                try {
                    firstSign.get(firstToken.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    throw new NoFirstToken(firstToken);
                }
                long left = overall.toNanos() - (System.nanoTime() - startedNanos);
                try {
                    return done.get(Math.max(0, left), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    throw new TooSlow(overall);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Refused refused) {
                    throw refused;
                }
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        synchronized void abandon() {
            abandoned = true;
            if (!done.isDone()) {
                cancel();
            }
        }

        private void cancel() {
            if (handle != null && !handle.isCancelled()) {
                try {
                    handle.cancel();
                } catch (RuntimeException ignored) {
                    // the connection is closed by the client's own timeout in the worst case
                }
            }
        }
    }
}
