package org.careeradvisor.conversation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryConversationMemoryTests {

    private static Turn turn(String question) {
        return new Turn(question, question, "answer", List.of("r"), null, true, Instant.now(), "question", List.of());
    }

    @Test
    void keepsOnlyTheLastTurnsOfAConversation() {
        InMemoryConversationMemory memory = new InMemoryConversationMemory(new ConversationProperties(3, 10));
        for (int i = 1; i <= 5; i++) {
            memory.append("c", turn("q" + i));
        }

        assertThat(memory.recent("c")).extracting(Turn::question).containsExactly("q3", "q4", "q5");
    }

    @Test
    void evictsTheLeastRecentlyActiveConversation() {
        InMemoryConversationMemory memory = new InMemoryConversationMemory(new ConversationProperties(3, 2));
        memory.append("a", turn("a1"));
        memory.append("b", turn("b1"));
        memory.recent("a");
        memory.append("c", turn("c1"));

        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.recent("a")).hasSize(1);
        assertThat(memory.recent("b")).isEmpty();
        assertThat(memory.recent("c")).hasSize(1);
    }

    @Test
    void forgetsAConversation() {
        InMemoryConversationMemory memory = new InMemoryConversationMemory(new ConversationProperties(null, null));
        memory.append("a", turn("a1"));

        memory.forget("a");

        assertThat(memory.recent("a")).isEmpty();
    }
}
