package org.careeradvisor.channel.telegram;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A {@code getUpdates} call whose answer is read one update at a time when the batch as a whole cannot be read, so a
 * single malformed update no longer fails the batch forever: it is logged and replaced by an empty update with its
 * id, which moves the offset past it. Every readable answer also counts as a successful poll.
 */
class TolerantGetUpdates extends GetUpdates {

    private static final Logger log = LoggerFactory.getLogger(TolerantGetUpdates.class);
    private static final ObjectMapper TREES = new ObjectMapper();

    @JsonIgnore
    private final transient PollingMonitor monitor;

    TolerantGetUpdates(int offset, int limit, int timeoutSeconds, List<String> allowedUpdates, PollingMonitor monitor) {
        super(offset, limit, timeoutSeconds, allowedUpdates);
        this.monitor = monitor;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        ArrayList<Update> updates;
        try {
            updates = super.deserializeResponse(answer);
        } catch (TelegramApiRequestException whole) {
            if (whole.getErrorCode() != null && whole.getErrorCode() > 0) {
                throw whole; // Telegram's own error ({"ok": false, ...}), not an unreadable update
            }
            updates = oneByOne(answer, whole);
        }
        monitor.polled();
        return updates;
    }

    private ArrayList<Update> oneByOne(String answer, TelegramApiRequestException whole)
            throws TelegramApiRequestException {
        JsonNode result;
        try {
            JsonNode root = TREES.readTree(answer);
            result = root == null ? null : root.get("result");
        } catch (java.io.IOException notJson) {
            throw whole;
        }
        if (result == null || !result.isArray()) {
            throw whole;
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode item : result) {
            try {
                updates.addAll(super.deserializeResponse("{\"ok\":true,\"result\":[" + item + "]}"));
            } catch (TelegramApiRequestException unreadable) {
                JsonNode id = item.get("update_id");
                if (id == null || !id.canConvertToInt()) {
                    log.error("Skipped a Telegram update without a usable update_id");
                    continue;
                }
                // Telegram's payload, not ours, is at fault: name the update and the cause, never its content.
                Throwable cause = unreadable.getCause() == null ? unreadable : unreadable.getCause();
                log.error(
                        "Skipped Telegram update {}: it cannot be read ({})",
                        id.asInt(),
                        cause.getClass().getSimpleName());
                monitor.unreadable();
                Update placeholder = new Update();
                placeholder.setUpdateId(id.asInt());
                updates.add(placeholder);
            }
        }
        return updates;
    }
}
