package org.careeradvisor.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling through telegrambots' poller, made safe to leave running: its answers are read update by update (see
 * {@link TolerantGetUpdates}), nothing thrown while handing updates over can reach the poller (which would stop it
 * silently), answers run on the {@link UpdateDispatcher} rather than the poller's single thread, failures back off to
 * at most a minute, polling begins only once the advisor can answer, and a failed start (Telegram unreachable) is
 * retried rather than given up.
 * <p>
 * Nothing is confirmed to Telegram before it is in the {@link TelegramInbox}: the poller calls {@link #consume} on its
 * own thread and polls again (which confirms the batch) only when it returns, so it returns only once the batch is
 * stored; while the database refuses, it keeps trying, and the next poll asks from the last stored update on.
 */
class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    static final Duration BACK_OFF_CAP = Duration.ofSeconds(60);
    /** How long Telegram holds a poll open when there is nothing new. */
    static final int POLL_SECONDS = 50;
    /** A poll that is open, plus the longest back-off, plus slack: no success for longer means polling is down. */
    static final Duration HEALTHY_WITHIN =
            Duration.ofSeconds(POLL_SECONDS).plus(BACK_OFF_CAP).plusSeconds(40);

    private final String token;
    private final TelegramUrl url;
    private final UpdateDispatcher dispatcher;
    private final TelegramInbox inbox;
    private final PollingMonitor monitor;
    private final BooleanSupplier ready;
    private volatile boolean running;
    private ScheduledExecutorService poller;
    private OkHttpClient http;
    private TelegramBotsLongPollingApplication application;
    private CappedBackOff startRetries;
    /** The highest update id of the last batch stored in the inbox, or -1 while a batch could not be stored. */
    private volatile int storedThrough;

    private volatile int lastStored;

    /**
     * @param ready whether the advisor can answer yet and what the inbox held unanswered has been queued; until then
     *              updates are left with Telegram
     */
    public TelegramPolling(
            String token,
            TelegramUrl url,
            UpdateDispatcher dispatcher,
            TelegramInbox inbox,
            PollingMonitor monitor,
            BooleanSupplier ready) {
        this.ready = ready;
        this.token = token;
        this.url = url;
        this.dispatcher = dispatcher;
        this.inbox = inbox;
        this.monitor = monitor;
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "telegram-poller");
            thread.setDaemon(true);
            return thread;
        });
        http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(POLL_SECONDS + 25))
                .addInterceptor(monitor)
                .build();
        application = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, () -> http, () -> poller, () -> new CappedBackOff(BACK_OFF_CAP));
        startRetries = new CappedBackOff(BACK_OFF_CAP);
        running = true;
        poller.execute(this::register);
    }

    /**
     * Registers the bot, which removes any webhook and starts polling; retried with back-off while Telegram refuses.
     */
    private synchronized void register() {
        if (!running) {
            return;
        }
        if (!ready.getAsBoolean()) {
            // Updates fetched now could not be answered; Telegram keeps them until we poll.
            poller.schedule(this::register, 200, TimeUnit.MILLISECONDS);
            return;
        }
        try {
            application.registerBot(token, () -> url, this::nextPoll, this::consume);
            startRetries.reset();
            log.info("Telegram long polling started");
        } catch (TelegramApiException | RuntimeException e) {
            long wait = startRetries.nextBackOffMillis();
            log.warn("Telegram long polling could not start ({}); trying again in {} ms", e.getMessage(), wait);
            try {
                application.unregisterBot(token);
            } catch (TelegramApiException notRegistered) {
                // nothing to undo
            }
            poller.schedule(this::register, wait, TimeUnit.MILLISECONDS);
        }
    }

    /** Confirms what the poller received only if it is stored; otherwise asks again from the last stored update on. */
    private GetUpdates nextPoll(int lastReceived) {
        int confirmedThrough = storedThrough < 0 ? lastStored : lastReceived;
        return new TolerantGetUpdates(confirmedThrough + 1, 100, POLL_SECONDS, BotApi.UPDATES, monitor);
    }

    /**
     * Stores the batch in the inbox, then hands each update not seen before to the dispatcher; throws nothing,
     * whatever happens, so the poller keeps polling.
     */
    private void consume(List<Update> updates) {
        try {
            List<Update> fresh = storeDurably(updates);
            if (fresh == null) {
                return;
            }
            for (Update update : fresh) {
                if (!handOver(update)) {
                    return;
                }
            }
        } catch (Throwable e) {
            log.error("Handing Telegram updates over failed; polling continues", e);
        }
    }

    /** The updates stored now (null when shutting down first); retried while the database refuses them. */
    private List<Update> storeDurably(List<Update> updates) {
        int highest = updates.stream().mapToInt(Update::getUpdateId).max().orElse(lastStored);
        storedThrough = -1;
        CappedBackOff retries = new CappedBackOff(Duration.ofSeconds(10));
        while (running) {
            try {
                List<Update> fresh = inbox.store(updates);
                lastStored = Math.max(lastStored, highest);
                storedThrough = lastStored;
                return fresh;
            } catch (RuntimeException e) {
                long wait = retries.nextBackOffMillis();
                log.warn(
                        "Could not store {} Telegram updates ({}); they stay unconfirmed, trying again in {} ms",
                        updates.size(),
                        e.getMessage(),
                        wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException shuttingDown) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
        return null;
    }

    /** Waits for room while the workers are busy (Telegram keeps what we do not fetch); false when shutting down. */
    private boolean handOver(Update update) {
        try {
            while (running) {
                if (dispatcher.submit(update, Duration.ofSeconds(1))) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Stored and still claimed by this instance: the next start answers it from the inbox.
        log.info("Telegram update {} left in the inbox for the next start: shutting down", update.getUpdateId());
        return false;
    }

    @Override
    public void stop() {
        running = false;
        // Ends the open long poll (or a hanging start) now rather than when Telegram answers it.
        http.dispatcher().cancelAll();
        synchronized (this) {
            close();
        }
        log.info("Telegram long polling stopped");
    }

    private void close() {
        try {
            application.close();
        } catch (Exception e) {
            log.debug("Stopping the poller: {}", e.getMessage());
        }
        poller.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
