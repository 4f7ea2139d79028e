package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentWordsTests {

    private final IntentWords words = new IntentWords(Map.of(
            Intent.JOB_POSTING,
                    List.of(
                            "draft a job posting for the role",
                            "write a job ad for our opening",
                            "need a jd for the role"),
            Intent.SALARY, List.of("what does the role earn", "salary for the role?", "how much does it pay"),
            Intent.CAREER_PATH,
                    List.of("how do i become one", "what is the path into the role", "steps to get there")));

    @Test
    void readsTheWordsOfAskingThatTheExamplesShare() {
        assertThat(best("could you draft me a posting?")).isEqualTo(Intent.JOB_POSTING);
        assertThat(best("how much would I earn")).isEqualTo(Intent.SALARY);
        assertThat(best("which steps to become one")).isEqualTo(Intent.CAREER_PATH);
    }

    @Test
    void probabilitiesSumToOneAndUnknownWordsSayNothing() {
        Map<Intent, Double> said = words.probabilities("draft a posting");
        assertThat(said.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(words.probabilities("xqzv kwpm")).isEmpty();
    }

    @Test
    void aLongMessageIsNoSurerThanAShortOneForItsLengthAlone() {
        double once = words.probabilities("salary for the role?").get(Intent.SALARY);
        double repeated = words.probabilities("salary for the role? salary for the role, salary for the role!")
                .get(Intent.SALARY);
        double untempered = untemperedSalaryShare("salary for the role?");

        assertThat(repeated).isEqualTo(once);
        assertThat(once).isGreaterThan(0.5).isLessThan(untempered);
    }

    /**
     * The plain naive Bayes share of the salary intent, without dividing the log-likelihoods by the root of the length.
     */
    private double untemperedSalaryShare(String message) {
        double tempered = Math.log(words.probabilities(message).get(Intent.SALARY)
                / words.probabilities(message).get(Intent.JOB_POSTING));
        int known = IntentWords.features(message).size();
        double ratio = Math.exp(tempered * Math.sqrt(known));
        double other = words.probabilities(message).get(Intent.CAREER_PATH)
                / words.probabilities(message).get(Intent.JOB_POSTING);
        double otherRatio = Math.pow(other, Math.sqrt(known));
        return ratio / (ratio + 1 + otherRatio);
    }

    private Intent best(String message) {
        return words.probabilities(message).entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }
}
