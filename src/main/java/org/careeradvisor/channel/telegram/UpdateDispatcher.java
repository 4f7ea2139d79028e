package org.careeradvisor.channel.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to a bounded pool of workers, one chat at a time per worker: a chat's updates are answered in the
 * order they came, while a slow answer (or a chat waiting out a 429) holds only its own chat. At most
 * {@code capacity} updates wait; polling then waits for room, and the webhook asks Telegram to send again later.
 * Shared by both modes, so they behave alike.
 */
class UpdateDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final Consumer<Update> handler;
    private final ExecutorService workers;
    private final int capacity;
    private final Semaphore room;
    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final Duration grace;
    private volatile boolean closed;

    /** @param grace how long closing waits for queued and running answers */
    public UpdateDispatcher(Consumer<Update> handler, int threads, int capacity, Duration grace) {
        this.handler = handler;
        this.grace = grace;
        this.capacity = capacity;
        this.room = new Semaphore(capacity);
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "telegram-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether an update offered now would be queued (it may not be, if others take the room first). */
    public boolean hasRoom() {
        return !closed && room.availablePermits() > 0;
    }

    /** Queues the update if there is room now; false when full or shutting down. */
    public boolean offer(Update update) {
        return !closed && room.tryAcquire() && enqueue(update);
    }

    /**
     * Queues the update, waiting up to {@code patience} for room; false when there was none or we are shutting down.
     */
    public boolean submit(Update update, Duration patience) throws InterruptedException {
        return !closed && room.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS) && enqueue(update);
    }

    /**
     * Accepts nothing more, lets queued and running answers finish within the grace period, and reports what did not.
     */
    @Override
    public void close() {
        closed = true;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "{} Telegram updates were still unanswered after {} s of shutdown; Telegram will send the ones "
                                + "it has not seen confirmed again",
                        capacity - room.availablePermits(),
                        grace.toSeconds());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        if (update.hasMyChatMember()) {
            return update.getMyChatMember().getChat().getId();
        }
        // Nothing to keep in order with: any lane will do.
        return update.getUpdateId() == null ? 0 : update.getUpdateId();
    }

    private boolean enqueue(Update update) {
        long chat = chatOf(update);
        try {
            lanes.compute(chat, (key, lane) -> {
                if (lane == null) {
                    lane = new Lane(key);
                    workers.execute(lane);
                }
                lane.updates.add(update);
                return lane;
            });
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            room.release();
            return false;
        }
    }

    /** One chat's queue, drained by one worker at a time; it retires when empty, atomically with new arrivals. */
    private final class Lane implements Runnable {

        private final long chat;
        private final Queue<Update> updates = new ConcurrentLinkedQueue<>();

        private Lane(long chat) {
            this.chat = chat;
        }

        @Override
        public void run() {
            while (true) {
                Update next = updates.poll();
                if (next == null) {
                    boolean[] retired = {false};
                    lanes.compute(chat, (key, lane) -> {
                        retired[0] = lane != this || updates.isEmpty();
                        return retired[0] && lane == this ? null : lane;
                    });
                    if (retired[0]) {
                        return;
                    }
                    continue;
                }
                try {
                    handler.accept(next);
                } catch (RuntimeException e) {
                    log.error("Handling Telegram update {} failed", next.getUpdateId(), e);
                } finally {
                    room.release();
                }
            }
        }
    }
}
