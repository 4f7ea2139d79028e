package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.conversation.ConversationProperties;
import org.careeradvisor.conversation.InMemoryConversationMemory;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.KnowledgeProperties;
import org.careeradvisor.retrieval.RetrievalProperties;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers as a reader judges them: the first line answers, the facts asked are there and the unasked ones are not,
 * lists are whole or say what is left out, and a topic the documents do not cover is declined plainly.
 */
class AnswerEngineTests {

    private final Advisor advisor = SharedIndex.advisor();

    private Answer ask(String conversationId, String message) {
        return advisor.ask(new AdvisorRequest(conversationId, message, "test"));
    }

    private static String firstLine(Answer answer) {
        return answer.answer().lines().findFirst().orElse("");
    }

    @Test
    void whichCloudProvidersIsAnsweredFirstByTheRequirementThatNamesThem() {
        Answer answer = ask(null, "which cloud providers should an ML data architect know?");

        assertThat(firstLine(answer)).contains("AWS, Azure, Google Cloud");
        assertThat(answer.answer()).doesNotContain("$393,000", "ER/Studio", "Apache NiFi");
        assertThat(answer.sources().get(0).section()).isEqualTo("Requirements > Technical skills");
    }

    @Test
    void theMathematicsOfAnAiResearchEngineerIsNamed() {
        Answer answer = ask(null, "what mathematics is expected of an AI research engineer?");

        assertThat(firstLine(answer)).contains("linear algebra, calculus, probability and optimization");
        assertThat(answer.answer()).doesNotContain("The sections below describe");
    }

    @Test
    void sectorsThatEmployTheRoleAreListedWhole() {
        Answer answer = ask(null, "what sectors employ ML data architects?");

        assertThat(answer.answer()).contains("Healthcare", "Finance", "Technology", "E-commerce");
        assertThat(answer.grounded()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "what are the industry trends for ML data architects?,9",
        "what soft skills does an ML data architect need?,10",
        "what challenges do ML data architects face?,12"
    })
    void aListAskedForIsGivenWhole(String question, int items) {
        Answer answer = ask(null, question);

        assertThat(answer.answer().lines().filter(line -> line.startsWith("- ")))
                .hasSize(items);
        assertThat(firstLine(answer)).contains(items + " items");
    }

    @Test
    void aFigureQuestionGetsThatFigureWithItsScopeAndNoOther() {
        Answer bonus = ask("bonus-1", "how much do bonuses add for a machine learning architect?");
        Answer stock = ask("bonus-1", "and stock options?");

        assertThat(firstLine(bonus))
                .startsWith("**Bonuses: $15,000 to $78,000**")
                .contains("2024", "US dollars");
        assertThat(bonus.answer())
                .doesNotContain("$393,000", "$534,000", "$138,000")
                .hasSizeLessThan(600);
        assertThat(stock.answer())
                .startsWith("**Stock options: $10,000 to $534,000**")
                .doesNotContain("$78,000");
        assertThat(bonus.intent()).isEqualTo(Intent.SALARY);
    }

    @Test
    void aYesNoQuestionOpensWithTheVerdict() {
        Answer answer = ask(null, "is a doctorate needed to work as an AI research scientist?");

        assertThat(firstLine(answer)).startsWith("**Yes**").contains("Ph.D.");
        assertThat(answer.sources()).extracting(Source::section).containsExactly("Skills and Qualifications");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "do ai research scientists only do theory?|**No** - ",
                "is a phd a must for research manager roles in AI?|**No**, not necessarily: ",
                "do I need a masters to be an ml data architect?|**No**, it is not required: ",
                "do u need a phd to be an ai research scientist?|**Yes** - "
            })
    void aYesNoQuestionAnsweredNoSaysWhy(String question, String verdict) {
        assertThat(firstLine(ask(null, question))).startsWith(verdict);
    }

    @Test
    void aYearTheDocumentsGiveNoFiguresForIsAGapAnsweredWithTheNearestFigures() {
        Answer answer = ask(null, "what did ml architects earn back in 2019");

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.answer().lines().findFirst().orElse("")).contains("no pay figures for 2019");
        assertThat(answer.answer()).contains("$393,000", "US market in 2024");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "can an AI research manager work from home?",
                "do ai research engineer jobs come with visa sponsorship?",
                "how many vacation days do ai research scientists get?"
            })
    void aTopicTheRolesDocumentDoesNotCoverIsDeclinedWithWhatItDoesCover(String question) {
        Answer answer = ask(null, question);

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.answer()).contains("says nothing about", "It covers", "key responsibilities");
        assertThat(answer.intent()).isEqualTo(Intent.QUESTION);
    }

    @Test
    void aFollowUpNamingAnotherRoleAsksThePreviousQuestionAboutIt() {
        ask("theory-1", "does an ai research scientist focus on theory or practice?");
        Answer engineer = ask("theory-1", "and the engineer?");

        assertThat(engineer.roles()).containsExactly("AI Research Engineer");
        assertThat(engineer.answer()).contains("practical");
    }

    @Test
    void noAnswerEndsALineInALeadInWithoutItsItemsOrQuotesMarkupInItsSources() {
        for (String question : List.of(
                "what sectors employ ML data architects?",
                "which ETL tools does an ML data architect use?",
                "what moves the salary of an ML architect?",
                "what does an AI quality engineering VP do?")) {
            Answer answer = ask(null, question);
            List<String> lines =
                    answer.answer().lines().filter(line -> !line.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith(":")) {
                    assertThat(i + 1)
                            .as("a lead-in closing the answer to %s", question)
                            .isLessThan(lines.size());
                }
            }
            assertThat(answer.sources())
                    .allSatisfy(source -> assertThat(source.excerpt()).doesNotContain("**", " | "));
        }
    }

    @Test
    void noiseAfterARoleNameIsDeclinedPolitelyNamingOnlyAFewOfItsWords() {
        StringBuilder noise = new StringBuilder("ML data architect");
        java.util.Random random = new java.util.Random(7);
        while (noise.length() < 1990) {
            noise.append(' ');
            for (int i = 0; i < 6; i++) {
                noise.append((char) ('a' + random.nextInt(26)));
            }
        }
        Answer answer = ask(null, noise.toString());

        assertThat(answer.grounded()).isFalse();
        assertThat(answer.answer()).contains("says nothing about").hasSizeLessThan(400);
    }

    @Test
    void aRoleWhoseDocumentHoldsOnlyCodeIsNamedInAPlainDecline(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("wizard.md"),
                "---\ntitle: Shell Wizard\n---\n# Shell Wizard\n\n## Tricks\n\n```\nls -la | grep x\n```\n");
        Files.writeString(
                dir.resolve("steward.md"),
                "---\ntitle: Data Steward\n---\n# Data Steward\n\n## Overview\n\n"
                        + "The Data Steward keeps data definitions consistent.\n");
        SearchIndexHolder holder = SearchIndexHolder.standalone(
                KnowledgeProperties.of(Map.of(
                        "dir", dir.toString(), "cache-dir", dir.resolve("cache").toString())),
                RetrievalProperties.defaults(),
                SharedIndex.model());
        holder.rebuild();
        Advisor advisor = AdvisorFactory.create(
                holder,
                new InMemoryConversationMemory(ConversationProperties.defaults()),
                SharedIndex.vocabulary(),
                RetrievalProperties.defaults(),
                null);

        Answer answer = advisor.ask(new AdvisorRequest(null, "what does a shell wizard earn per trick?", "test"));

        // The decline names what the document covers, never an empty list.
        assertThat(answer.answer()).contains("tricks").doesNotContain("about ,", ": .");
        assertThat(answer.grounded()).isFalse();
    }

    @Test
    void aListLongerThanTwelveItemsIsCutWithALineSayingHowManyMoreAndWhere(@TempDir Path dir) throws Exception {
        StringBuilder tools = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            tools.append("- Tool number ").append(i).append(" for data catalogues\n");
        }
        Files.writeString(dir.resolve("steward.md"), """
                ---
                title: Data Steward
                ---
                # Data Steward

                ## Overview

                The Data Steward keeps data definitions consistent across the company.

                ## Tools

                """ + tools);
        SearchIndexHolder holder = SearchIndexHolder.standalone(
                KnowledgeProperties.of(Map.of(
                        "dir", dir.toString(), "cache-dir", dir.resolve("cache").toString())),
                RetrievalProperties.defaults(),
                SharedIndex.model());
        holder.rebuild();
        Advisor steward = AdvisorFactory.create(
                holder,
                new InMemoryConversationMemory(ConversationProperties.defaults()),
                SharedIndex.vocabulary(),
                RetrievalProperties.defaults(),
                null);

        Answer answer = steward.ask(new AdvisorRequest(null, "which tools does a data steward use?", "test"));

        assertThat(answer.answer().lines().filter(line -> line.startsWith("- ")))
                .hasSize(12);
        assertThat(answer.answer())
                .contains("Tool number 12 ")
                .doesNotContain("Tool number 13 ")
                .contains("…and 3 more in Tools");
    }
}
