package org.careeradvisor;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The databases the persistence tests run on: H2 always; PostgreSQL when ADVISOR_TEST_POSTGRES_URL (with _USER and
 * _PASSWORD) points at one. CI sets ADVISOR_REQUIRE_POSTGRES=true, which turns a missing PostgreSQL into a failure.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A database with the schema migrated, and what a test needs to use it. */
    public record Database(String name, DataSource dataSource, TransactionTemplate transactions, String url, String user,
                           String password) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Database> all() {
        List<Database> databases = new ArrayList<>();
        databases.add(h2("jdbc:h2:mem:test-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        postgres().ifPresent(databases::add);
        return databases;
    }

    public static Database h2(String url) {
        return migrated("H2", url, "sa", "");
    }

    /** A fresh schema-less PostgreSQL database is not needed: every test cleans the tables it uses. */
    public static java.util.Optional<Database> postgres() {
        String url = System.getenv("ADVISOR_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            assertThat("true".equalsIgnoreCase(System.getenv("ADVISOR_REQUIRE_POSTGRES")))
                    .as("ADVISOR_REQUIRE_POSTGRES is set but ADVISOR_TEST_POSTGRES_URL is not").isFalse();
            System.out.println("PostgreSQL tests skipped: set ADVISOR_TEST_POSTGRES_URL (and _USER, _PASSWORD) to run them");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(migrated("PostgreSQL", url, System.getenv("ADVISOR_TEST_POSTGRES_USER"),
                System.getenv("ADVISOR_TEST_POSTGRES_PASSWORD")));
    }

    private static Database migrated(String name, String url, String user, String password) {
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return new Database(name, dataSource, transactions, url, user, password);
    }
}
