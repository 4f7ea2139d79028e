package org.careeradvisor.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        InMemoryConversationMemory memory = new InMemoryConversationMemory(ConversationProperties.defaults());
        memory.questionReceived("a", "web", "q1", "a1");
        memory.append("a", turn("a1"));

        assertThat(memory.forget("a", "web")).isTrue();

        assertThat(memory.recent("a")).isEmpty();
        assertThat(memory.exists("a", "web")).isFalse();
    }

    @Test
    void aConversationBelongsToItsChannelAndNoOtherChannelCanReadRateExtendOrEraseIt() {
        InMemoryConversationMemory memory = new InMemoryConversationMemory(ConversationProperties.defaults());
        memory.questionReceived("tg-424242", "telegram", "q1", "a private question");
        memory.append("tg-424242", turn("a private question"));

        assertThat(memory.channelOf("tg-424242")).contains("telegram");
        assertThat(memory.exists("tg-424242", "web")).isFalse();
        assertThat(memory.messages("tg-424242", "web")).isEmpty();
        assertThat(memory.hasAnswer("tg-424242", "web", "a private question")).isFalse();
        assertThat(memory.forget("tg-424242", "web")).isFalse();
        assertThatThrownBy(() -> memory.questionReceived("tg-424242", "web", "q2", "written into her history"))
                .isInstanceOf(ForeignConversationException.class);
        assertThat(memory.messages("tg-424242", "telegram")).hasSize(2);
        assertThat(memory.hasAnswer("tg-424242", "telegram", "a private question"))
                .isTrue();
        assertThat(memory.forget("tg-424242", "telegram")).isTrue();
    }
}
