package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The databases the persistence tests run on: H2 always; PostgreSQL when ADVISOR_TEST_POSTGRES_URL (with _USER and
 * _PASSWORD) points at one. Without it the PostgreSQL cases are still listed, and abort as JUnit assumptions the
 * moment they touch the database, so the test summary counts them as skipped, not as run. CI sets
 * ADVISOR_REQUIRE_POSTGRES=true, which turns a missing PostgreSQL into a failure.
 */
public final class TestDatabases {

    private TestDatabases() {}

    static final String NOT_CONFIGURED =
            "PostgreSQL not configured: set ADVISOR_TEST_POSTGRES_URL (and _USER, _PASSWORD) to run this case";

    /**
     * A database with the schema migrated, and what a test needs to use it.
     *
     * @param skipReason set for a database that is not there: using it aborts the test as skipped
     */
    public record Database(
            String name,
            DataSource dataSource,
            TransactionTemplate transactions,
            String url,
            String user,
            String password,
            String skipReason) {

        static Database missing(String name, String reason) {
            return new Database(name, null, null, null, null, null, reason);
        }

        @Override
        public DataSource dataSource() {
            return present(dataSource);
        }

        @Override
        public TransactionTemplate transactions() {
            return present(transactions);
        }

        @Override
        public String url() {
            return present(url);
        }

        @Override
        public String user() {
            return present(user);
        }

        @Override
        public String password() {
            return present(password);
        }

        private <T> T present(T value) {
            Assumptions.assumeTrue(skipReason == null, skipReason);
            return value;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Database> all() {
        List<Database> databases = new ArrayList<>();
        databases.add(h2("jdbc:h2:mem:test-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        databases.add(postgres());
        return databases;
    }

    public static Database h2(String url) {
        return migrated("H2", url, "sa", "");
    }

    /**
     * PostgreSQL from the environment, or a stand-in whose use skips the test. A fresh schema-less PostgreSQL database
     * is not needed: every test cleans the tables it uses.
     */
    public static Database postgres() {
        return postgres(System::getenv);
    }

    static Database postgres(java.util.function.UnaryOperator<String> environment) {
        String url = environment.apply("ADVISOR_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            assertThat("true".equalsIgnoreCase(environment.apply("ADVISOR_REQUIRE_POSTGRES")))
                    .as("ADVISOR_REQUIRE_POSTGRES is set but ADVISOR_TEST_POSTGRES_URL is not")
                    .isFalse();
            return Database.missing("PostgreSQL", NOT_CONFIGURED);
        }
        return migrated(
                "PostgreSQL",
                url,
                environment.apply("ADVISOR_TEST_POSTGRES_USER"),
                environment.apply("ADVISOR_TEST_POSTGRES_PASSWORD"));
    }

    private static Database migrated(String name, String url, String user, String password) {
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return new Database(name, dataSource, transactions, url, user, password, null);
    }
}
