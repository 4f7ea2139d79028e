package org.careeradvisor.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Makes an embedded H2 file database write each commit to its file before the commit returns. H2's MVStore otherwise
 * keeps commits in memory for up to {@code WRITE_DELAY} (500 ms) and writes them in the background, so a process that
 * is killed loses answers and ratings it already acknowledged. The default URL sets {@code WRITE_DELAY=0}; this
 * applies the same to any H2 file URL a deployer gives, before the application serves anything. Other databases
 * (PostgreSQL) are left alone: they are durable on commit already.
 */
public class H2Durability implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

    private final DataSource dataSource;

    public H2Durability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!isH2File(url)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                // Database-wide in H2: every connection's commits are written at once from now on.
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            log.warn(
                    "Could not make the H2 database write each commit at once (SET WRITE_DELAY 0 failed: {}); add "
                            + ";WRITE_DELAY=0 to spring.datasource.url, or acknowledged writes may be lost if the process is killed",
                    e.getMessage());
        }
    }

    /** An H2 database kept in a file (embedded or through an H2 server); in-memory databases have nothing to lose. */
    static boolean isH2File(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
    }
}
