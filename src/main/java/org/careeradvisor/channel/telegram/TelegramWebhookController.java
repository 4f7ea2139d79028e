package org.careeradvisor.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Receives Telegram updates: checks the secret header in constant time (401 otherwise), rejects bodies that are not
 * an update (400), acknowledges at once and answers on a worker, in order per chat, so a slow answer never blocks
 * other chats and a failing one still leaves Telegram with its 200.
 */
@RestController
@ConditionalOnExpression("'${advisor.telegram.bot-token:}'.trim() != ''")
public class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final int STRIPES = 8;
    private static final int MAX_BODY = 1_000_000;
    /** telegrambots' types are annotated for Jackson 2, unlike Spring Boot 4's own Jackson 3 mapper. */
    private static final ObjectMapper UPDATES = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final TelegramResponder responder;
    private final ExecutorService[] workers = new ExecutorService[STRIPES];

    public TelegramWebhookController(TelegramProperties properties, TelegramResponder responder) {
        if (!"webhook".equals(properties.mode())) {
            throw new IllegalStateException("advisor.telegram.mode=" + properties.mode() + " is not supported yet: use webhook");
        }
        if (properties.webhookSecret() == null || !properties.webhookSecret().matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalStateException("advisor.telegram.webhook-secret is required in webhook mode: 1-256 characters of A-Z a-z 0-9 _ -");
        }
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.responder = responder;
        for (int i = 0; i < STRIPES; i++) {
            workers[i] = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "telegram-worker");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @PostMapping("${advisor.telegram.webhook-path:/telegram/webhook}")
    public ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
                                        @RequestBody(required = false) byte[] body) {
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), secret)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return ResponseEntity.badRequest().build();
        }
        Update update;
        try {
            update = UPDATES.readValue(body, Update.class);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Rejected a webhook body that is not a Telegram update: {}", e.getClass().getSimpleName());
            return ResponseEntity.badRequest().build();
        }
        if (update.getUpdateId() == null) {
            return ResponseEntity.badRequest().build();
        }
        long key = update.hasMessage() ? update.getMessage().getChatId()
                : update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
                        ? update.getCallbackQuery().getMessage().getChatId() : update.getUpdateId();
        workers[(int) Math.floorMod(key, (long) STRIPES)].execute(() -> responder.handle(update));
        return ResponseEntity.ok().build();
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        for (ExecutorService worker : workers) {
            worker.shutdown();
        }
    }
}
