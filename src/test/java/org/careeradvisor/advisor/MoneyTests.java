package org.careeradvisor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertThat(Money.typed("is 234k to 797K normal?")).containsExactly(234_000.0, 797_000.0);
        assertThat(Money.typed("offered $180,000, or $ 150000 base, maybe 1.2m total"))
                .containsExactly(180_000.0, 150_000.0, 1_200_000.0);
        assertThat(Money.typed("they pay 150 k")).containsExactly(150_000.0);
        assertThat(Money.typed("between 150-200k")).containsExactly(200_000.0);
    }

    @Test
    void yearsCountsAgesAndPercentagesAreNoMoney() {
        assertThat(Money.typed("3 years in 2024, 10% raise, I'm 30yo, top 10 of 1000 applicants"))
                .isEmpty();
        assertThat(Money.typed("version 2.5 of the stack")).isEmpty();
        assertThat(Money.typed("$150 million funding")).containsExactly(150.0);
    }

    @Test
    void readsTheDollarAmountsOfADocumentLine() {
        assertThat(Money.written("Base salary runs from $138,000 to $314,000, plus $15,000 bonus."))
                .containsExactly(138_000.0, 314_000.0, 15_000.0);
        assertThat(Money.span("from $234,000 to $797,000")).containsExactly(234_000.0, 797_000.0);
        assertThat(Money.span("about $15,000.")).containsExactly(15_000.0, 15_000.0);
        assertThat(Money.span("no figure here")).isNull();
    }
}
