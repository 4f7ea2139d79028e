package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.careeradvisor.SharedIndex;
import org.careeradvisor.conversation.ConversationProperties;
import org.careeradvisor.conversation.InMemoryConversationMemory;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.junit.jupiter.api.Test;

/** Which conversation a message lands in: issued ids for clients, own names for channels, never another channel's. */
class ConversationStartTests {

    private final InMemoryConversationMemory memory = new InMemoryConversationMemory(ConversationProperties.defaults());
    private final Advisor advisor = AdvisorFactory.create(
            SharedIndex.holder(), memory, SharedIndex.vocabulary(), RetrievalProperties.defaults(), null);

    @Test
    void aClientContinuesOnlyAnIdTheServerIssuedOnItsChannel() {
        Answer first = advisor.ask(AdvisorRequest.fromClient(null, "hello", "web"));
        Answer second = advisor.ask(AdvisorRequest.fromClient(first.conversationId(), "thanks", "web"));
        Answer madeUp = advisor.ask(AdvisorRequest.fromClient("demo-1", "hello", "web"));

        assertThat(first.conversation()).isEqualTo(ConversationStart.STARTED);
        assertThat(second.conversation()).isEqualTo(ConversationStart.CONTINUED);
        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        assertThat(madeUp.conversation()).isEqualTo(ConversationStart.REPLACED);
        assertThat(madeUp.conversationId()).isNotEqualTo("demo-1").matches("[A-Za-z0-9_-]{24}");
        assertThat(memory.channelOf("demo-1")).isEmpty();
    }

    @Test
    void aChannelNamesItsOwnConversationsButNeverReachesAnotherChannels() {
        Answer telegram = advisor.ask(new AdvisorRequest("tg-424242", "hello", "telegram"));
        Answer again = advisor.ask(new AdvisorRequest("tg-424242", "thanks", "telegram"));
        Answer web = advisor.ask(AdvisorRequest.fromClient(null, "hello", "web"));
        Answer intoWeb = advisor.ask(new AdvisorRequest(web.conversationId(), "written into the web chat", "telegram"));
        Answer intoTelegram = advisor.ask(AdvisorRequest.fromClient("tg-424242", "written into her chat", "web"));

        assertThat(telegram.conversation()).isEqualTo(ConversationStart.STARTED);
        assertThat(telegram.conversationId()).isEqualTo("tg-424242");
        assertThat(again.conversation()).isEqualTo(ConversationStart.CONTINUED);
        assertThat(intoWeb.conversation()).isEqualTo(ConversationStart.REPLACED);
        assertThat(intoWeb.conversationId()).isNotEqualTo(web.conversationId());
        assertThat(intoTelegram.conversationId()).isNotEqualTo("tg-424242");
        assertThat(memory.messages(web.conversationId(), "web")).hasSize(2);
        assertThat(memory.messages("tg-424242", "telegram")).hasSize(4);
    }
}
