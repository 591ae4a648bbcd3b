package dev.retort.dialect.mysql;

import dev.retort.spi.LockProfile;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What lint's L007 tells about an ALTER action, checked against the server: an action the profile calls online
 * is accepted with the clause it names, and one it says copies the table is refused with
 * {@code ALGORITHM=INPLACE, LOCK=NONE} (the server's "ALGORITHM=INPLACE is not supported" error).
 */
class MysqlLockProfileTest {
    private final LockProfile profile = new MysqlDialect().locks();

    @Test
    void theOnlineAlgorithmOfEachActionIsWhatTheServerAccepts() throws SQLException {
        List<String> actions = List.of("ADD INDEX ix_b (b)", "ADD UNIQUE KEY ux_c (c)", "ADD COLUMN d INT",
                "ADD COLUMN e INT AFTER a", "ALTER COLUMN b SET DEFAULT 7", "DROP COLUMN c", "RENAME COLUMN b TO b2",
                "MODIFY a BIGINT", "ADD CONSTRAINT fk_p FOREIGN KEY (a) REFERENCES p (id)", "DROP PRIMARY KEY");
        List<String> expected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (MariadbTestServer server = MariadbTestServer.create()) {
            for (String action : actions) {
                server.exec("DROP TABLE IF EXISTS t", "DROP TABLE IF EXISTS p", "CREATE TABLE p (id INT PRIMARY KEY)",
                        "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, c INT)",
                        "INSERT INTO p VALUES (1)", "INSERT INTO t VALUES (1, 1, 2, 3), (2, 1, 3, 4)");
                Optional<String> online = profile.onlineAlgorithm(action.toUpperCase(Locale.ROOT));
                String clause = online.map(a -> a.equals("INSTANT") ? "ALGORITHM=INSTANT" : "ALGORITHM=INPLACE, LOCK=NONE")
                        .orElse("ALGORITHM=INPLACE, LOCK=NONE");
                expected.add(action + ": " + (online.isPresent() ? "accepted" : "refused"));
                seen.add(action + ": " + outcome(server, "ALTER TABLE t " + action + ", " + clause));
            }
        }
        assertEquals(expected, seen);
    }

    /** "accepted", "refused" when the server says the algorithm does not fit the change, else the error. */
    private static String outcome(MariadbTestServer server, String sql) {
        try (Statement st = server.connection.createStatement()) {
            st.execute(sql);
            return "accepted";
        } catch (SQLException e) {
            return e.getMessage().contains("is not supported") ? "refused" : "error " + e.getMessage();
        }
    }
}
