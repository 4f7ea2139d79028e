package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Without a PostgreSQL server its cases are reported as skipped (aborted assumptions), not silently left out or
 * counted as run; with ADVISOR_REQUIRE_POSTGRES=true, as in CI, the missing server is a failure.
 */
class TestDatabasesTests {

    @Test
    void withoutAServerThePostgresCaseIsListedAndSkipsTheTestThatUsesIt() {
        TestDatabases.Database postgres = TestDatabases.postgres(Map.<String, String>of()::get);

        assertThat(postgres).hasToString("PostgreSQL");
        assertThatThrownBy(postgres::dataSource)
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("ADVISOR_TEST_POSTGRES_URL");
        assertThatThrownBy(postgres::url).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(postgres::transactions).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void whenPostgresIsRequiredAMissingServerFailsInsteadOfSkipping() {
        Map<String, String> ci = Map.of("ADVISOR_REQUIRE_POSTGRES", "true");

        assertThatThrownBy(() -> TestDatabases.postgres(ci::get))
                .isInstanceOf(AssertionError.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("ADVISOR_REQUIRE_POSTGRES is set but ADVISOR_TEST_POSTGRES_URL is not");
    }

    @Test
    void everyPersistenceTestRunsOnH2AndListsPostgres() {
        assertThat(TestDatabases.all()).extracting(TestDatabases.Database::name).containsExactly("H2", "PostgreSQL");
        assertThat(TestDatabases.all().get(0).dataSource()).isNotNull();
    }
}
