package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterFrameTests {

    @Test
    void takesOffTheSalutationAndTheSignedClosing() {
        assertThat(LetterFrame.body("Dear Sir or Madam, I have worked in finance for twenty years. What does an ML "
                        + "architect earn? With thanks in advance, Margaret"))
                .isEqualTo("I have worked in finance for twenty years. What does an ML architect earn?");
        assertThat(LetterFrame.body("Dear advisor,\n\nMy bursar job is ending soon. How much is the stock part for an "
                        + "ML architect?\n\nMany thanks,\nPatricia Holloway"))
                .isEqualTo("My bursar job is ending soon. How much is the stock part for an ML architect?");
        assertThat(LetterFrame.body("Guten Tag. I teach maths in a Gymnasium. What would an ML architect earn in "
                        + "Germany? Many thanks and best regards from Hamburg, Klaus"))
                .isEqualTo("I teach maths in a Gymnasium. What would an ML architect earn in Germany?");
        assertThat(LetterFrame.body("Good afternoon. Could you tell me what the whole package comes to in a year? "
                        + "Kind regards, Mr. D. Evans"))
                .isEqualTo("Could you tell me what the whole package comes to in a year?");
    }

    @Test
    void leavesShortMessagesAndQuestionsAfterAThankYouAsTheyAre() {
        assertThat(LetterFrame.body("Great. Thanks!")).isEqualTo("Great. Thanks!");
        assertThat(LetterFrame.body("Hi! I'm Maria, nice to meet you")).isEqualTo("Hi! I'm Maria, nice to meet you");
        assertThat(LetterFrame.body("What is the base salary of an ML architect? Thanks. And the bonus?"))
                .isEqualTo("What is the base salary of an ML architect? Thanks. And the bonus?");
        assertThat(LetterFrame.body("Best paying role among the five? which one pays best"))
                .isEqualTo("Best paying role among the five? which one pays best");
    }
}
