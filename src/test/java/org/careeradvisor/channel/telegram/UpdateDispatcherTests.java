package org.careeradvisor.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class UpdateDispatcherTests {

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aSlowChatHoldsUpOnlyItselfAndEachChatKeepsItsOrder() throws Exception {
        UpdateDispatcher dispatcher = new UpdateDispatcher(this::handle, 4, 100, Duration.ofSeconds(5));
        dispatcher.offer(update(1, 100, "slow"));
        dispatcher.offer(update(2, 100, "a2"));
        dispatcher.offer(update(3, 100, "a3"));
        dispatcher.offer(update(4, 200, "b1"));
        dispatcher.offer(update(5, 200, "b2"));
        assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

        awaitHandled(2);
        assertThat(handled).containsExactly("b1", "b2");

        release.countDown();
        awaitHandled(5);
        assertThat(handled.subList(2, 5)).containsExactly("slow", "a2", "a3");
        dispatcher.close();
    }

    @Test
    void whenFullNewUpdatesAreRefusedAndClosingLetsTakenAnswersFinish() throws Exception {
        UpdateDispatcher dispatcher = new UpdateDispatcher(this::handle, 1, 2, Duration.ofSeconds(5));
        assertThat(dispatcher.offer(update(1, 100, "slow"))).isTrue();
        assertThat(dispatcher.offer(update(2, 100, "queued"))).isTrue();
        assertThat(dispatcher.offer(update(3, 300, "refused"))).isFalse();
        assertThat(dispatcher.submit(update(3, 300, "refused"), Duration.ofMillis(200)))
                .isFalse();
        assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

        new Thread(() -> sleepThen(300, release::countDown)).start();
        dispatcher.close();

        assertThat(handled).containsExactly("slow", "queued");
        assertThat(dispatcher.offer(update(4, 100, "after close"))).isFalse();
    }

    private void handle(Update update) {
        String text = update.getMessage().getText();
        if (text.equals("slow")) {
            slowStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        handled.add(text);
    }

    private void awaitHandled(int count) throws InterruptedException {
        for (int i = 0; i < 100 && handled.size() < count; i++) {
            Thread.sleep(50);
        }
    }

    private static void sleepThen(long millis, Runnable action) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        action.run();
    }

    private static Update update(int id, long chat, String text) {
        Message message = new Message();
        message.setChat(Chat.builder().id(chat).type("private").build());
        message.setText(text);
        Update update = new Update();
        update.setUpdateId(id);
        update.setMessage(message);
        return update;
    }
}
