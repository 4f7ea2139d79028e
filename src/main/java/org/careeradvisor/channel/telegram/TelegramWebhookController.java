package org.careeradvisor.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives Telegram updates in webhook mode: checks the secret header in constant time (401 otherwise), rejects bodies
 * that are not an update (400), stores the update in the {@link TelegramInbox} and only then acknowledges it (503 when
 * it cannot be stored, so Telegram sends it again), leaving the answer to the {@link UpdateDispatcher}: a failing
 * answer still leaves Telegram with its 200, and one the process dies before giving is given after the restart. An
 * update seen before is acknowledged and not answered again. An update Telegram sent but this library cannot read is
 * acknowledged and skipped, since refusing it would only make Telegram send it again and again.
 */
@RestController
@ConditionalOnExpression("'${advisor.telegram.bot-token:}'.trim() != ''")
@ConditionalOnProperty(name = "advisor.telegram.mode", havingValue = "webhook")
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final int MAX_BODY = 1_000_000;
    /** telegrambots' types are annotated for Jackson 2, unlike Spring Boot 4's own Jackson 3 mapper. */
    private static final ObjectMapper UPDATES =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final UpdateDispatcher dispatcher;
    private final TelegramResponder responder;
    private final TelegramInbox inbox;
    private final InboxRecovery recovery;
    private final MeterRegistry metrics;

    public TelegramWebhookController(
            TelegramProperties properties,
            UpdateDispatcher dispatcher,
            TelegramResponder responder,
            TelegramInbox inbox,
            InboxRecovery recovery,
            MeterRegistry metrics) {
        // TelegramProperties checks the secret's presence and form in webhook mode (the app does not start without).
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.dispatcher = dispatcher;
        this.responder = responder;
        this.inbox = inbox;
        this.recovery = recovery;
        this.metrics = metrics;
    }

    @PostMapping("${advisor.telegram.webhook-path:/telegram/webhook}")
    public ResponseEntity<Void> receive(
            @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
            @RequestBody(required = false) byte[] body) {
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), secret)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return ResponseEntity.badRequest().build();
        }
        JsonNode tree;
        try {
            tree = UPDATES.readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Rejected a webhook body that is not JSON");
            return ResponseEntity.badRequest().build();
        }
        if (tree == null || !tree.isObject() || !tree.path("update_id").canConvertToInt()) {
            return ResponseEntity.badRequest().build();
        }
        Update update;
        try {
            update = UPDATES.treeToValue(tree, Update.class);
        } catch (java.io.IOException | RuntimeException e) {
            log.error(
                    "Skipped Telegram update {}: it cannot be read ({})",
                    tree.get("update_id").asInt(),
                    e.getClass().getSimpleName());
            metrics.counter("advisor.telegram.unreadable").increment();
            return ResponseEntity.ok().build();
        }
        if (!responder.ready() || !dispatcher.hasRoom()) {
            // Starting, full or shutting down: Telegram sends it again later.
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        List<Update> fresh;
        try {
            fresh = inbox.store(List.of(update));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not store Telegram update {} ({}); Telegram will send it again",
                    update.getUpdateId(),
                    e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        if (!fresh.isEmpty()) {
            // Answered through the inbox's sweep, which queues in update order on one thread, after what an earlier
            // process left unanswered: an update that found the workers full is never overtaken by a later one of its
            // chat, as it could be if each request queued its own.
            inbox.release(update.getUpdateId());
            recovery.sweepSoon();
        }
        return ResponseEntity.ok().build();
    }
}
