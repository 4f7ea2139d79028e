package org.careeradvisor.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Answers what the inbox holds unanswered, before anything new is taken: once the advisor can answer, the updates an
 * earlier process stored but did not answer (it was killed) are queued first, oldest first, each chat in order; only
 * then does polling begin or the webhook take updates. While running it renews this instance's claims and takes over
 * the unanswered updates of an instance that stopped renewing its own (it died).
 */
class InboxRecovery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxRecovery.class);
    static final Duration TICK = Duration.ofMillis(500);
    /** Claims not renewed for this long belong to an instance that died. */
    static final Duration LEASE = Duration.ofSeconds(15);
    /** On start, claims of other instances not renewed for this long (renewals come every tick) are taken over. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final TelegramInbox inbox;
    private final UpdateDispatcher dispatcher;
    private final BooleanSupplier ready;
    private final Clock clock;
    private volatile boolean running;
    private volatile boolean recovered;
    private List<Update> takenAtStart;
    private Map<Long, Instant> othersAtStart;
    private Instant startedWaiting;
    private ScheduledExecutorService timer;

    /** @param ready whether the advisor can answer yet; nothing is queued before */
    public InboxRecovery(TelegramInbox inbox, UpdateDispatcher dispatcher, BooleanSupplier ready, Clock clock) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.ready = ready;
        this.clock = clock;
    }

    /** Whether what an earlier process left unanswered has been queued, so that new updates may be taken. */
    public boolean recovered() {
        return recovered;
    }

    @Override
    public void start() {
        timer = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "telegram-inbox");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        // Renewals on their own schedule: queueing waits while the workers are full, longer than the lease at times,
        // and claims left unrenewed meanwhile would be taken over (and answered again) by another instance.
        timer.scheduleWithFixedDelay(this::renew, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void renew() {
        try {
            inbox.renew();
        } catch (RuntimeException e) {
            log.warn("Renewing this instance's claims on the Telegram inbox failed ({}); trying again", e.getMessage());
        }
    }

    /** Synchronized with {@link #sweepSoon()}'s sweeps: one queues at a time, so updates go in update order. */
    private synchronized void tick() {
        try {
            if (!ready.getAsBoolean()) {
                return;
            }
            if (recovered) {
                sweep();
                return;
            }
            if (othersAtStart == null) {
                takenAtStart = new ArrayList<>(inbox.takeOverStale(LEASE));
                othersAtStart = inbox.claimedByOthers();
                startedWaiting = clock.instant();
            }
            if (!othersAtStart.isEmpty() && clock.instant().isBefore(startedWaiting.plus(SETTLE))) {
                return; // another instance may be alive and working on them: see whether it renews its claims
            }
            takenAtStart.addAll(inbox.takeOverUnrenewed(othersAtStart));
            // All of them in the order Telegram numbered them, so each chat's are answered in the order they came.
            takenAtStart.sort(Comparator.comparing(Update::getUpdateId));
            queue(takenAtStart, "left unanswered by an earlier process");
            takenAtStart = null;
            recovered = true;
        } catch (RuntimeException e) {
            log.warn("Reading the Telegram inbox failed ({}); trying again", e.getMessage());
        }
    }

    /**
     * Queues the stored updates nobody claims (the webhook's, and those that found no room) and those of an instance
     * that stopped, oldest first, on an inbox thread: after any sweep under way, so each chat's stay in order.
     */
    public void sweepSoon() {
        ScheduledExecutorService inboxThread = timer;
        if (running && inboxThread != null) {
            try {
                inboxThread.execute(this::sweepIfRecovered);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // stopping: the next start answers what is stored
            }
        }
    }

    private synchronized void sweepIfRecovered() {
        try {
            if (recovered) {
                sweep();
            }
        } catch (RuntimeException e) {
            log.warn("Reading the Telegram inbox failed ({}); the next sweep tries again", e.getMessage());
        }
    }

    private void sweep() {
        queue(inbox.takeOverStale(LEASE), null);
    }

    /** @param whose what to log the updates as (recovered after a crash), or null for the everyday sweep */
    private void queue(List<Update> updates, String whose) {
        if (updates.isEmpty()) {
            return;
        }
        if (whose != null) {
            log.info("Answering {} stored Telegram updates {}", updates.size(), whose);
        }
        for (Update update : updates) {
            try {
                while (running && !dispatcher.submit(update, Duration.ofSeconds(1))) {
                    // the workers are busy: wait for room
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!running) {
                return; // still claimed: the next start takes it over
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        timer.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before polling (which waits for it) and stops after it. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }
}
