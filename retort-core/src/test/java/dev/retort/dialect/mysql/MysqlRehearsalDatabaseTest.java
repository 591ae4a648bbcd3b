package dev.retort.dialect.mysql;

import dev.retort.dialect.ServerUrl;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a MySQL rehearsal copy holds, on MariaDB: the tables, their rows, their foreign keys and the views. */
class MysqlRehearsalDatabaseTest {

    @Test
    void theCopyHasTheTablesRowsKeysAndViewsAndItsViewsReadTheCopy() throws Exception {
        try (MariadbTestServer db = MariadbTestServer.create()) {
            db.exec("ALTER DATABASE `" + db.database + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci",
                    "SET FOREIGN_KEY_CHECKS = 0",
                    "CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, team_id INT NOT NULL, body VARCHAR(50),"
                            + " loud VARCHAR(50) AS (UPPER(body)) STORED, FOREIGN KEY (team_id) REFERENCES teams (id))",
                    "CREATE TABLE teams (id INT PRIMARY KEY)",
                    "SET FOREIGN_KEY_CHECKS = 1",
                    "INSERT INTO teams VALUES (1), (2)",
                    "INSERT INTO notes (team_id, body) VALUES (1, 'hi'), (2, 'there')",
                    // a_loud reads b_notes, which comes after it in name order.
                    "CREATE VIEW b_notes AS SELECT id, loud FROM notes",
                    "CREATE VIEW a_loud AS SELECT loud FROM b_notes WHERE id > 1");

            MysqlRehearsalDatabase copy = MysqlRehearsalDatabase.copyOf(db.url());
            String name = ServerUrl.parse(copy.url()).orElseThrow().database();
            try (Connection connection = ServerUrl.parse(copy.url()).orElseThrow().connect(name, MysqlProvider::toDriverUrl)) {
                assertTrue(name.startsWith("retort_rehearsal_"), name);
                assertEquals(List.of("latin1|latin1_swedish_ci"), rows(connection, "SELECT DEFAULT_CHARACTER_SET_NAME,"
                        + " DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"));
                assertEquals(List.of("1|1|hi|HI", "2|2|there|THERE"), rows(connection, "SELECT * FROM notes ORDER BY id"));
                assertEquals(List.of("THERE"), rows(connection, "SELECT * FROM a_loud"));
                // Before the failed insert below, which uses up an id.
                assertEquals(3, db.rows("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                        + name + "' AND TABLE_NAME = 'notes'").stream().mapToInt(Integer::parseInt).sum(),
                        "the next id is the original's");
                assertThrows(SQLException.class, () -> execute(connection, "INSERT INTO notes (team_id) VALUES (9)"),
                        "the foreign key came along");

                execute(connection, "DELETE FROM notes");
                assertEquals(List.of(), rows(connection, "SELECT * FROM a_loud"), "the copy's views read the copy");
                assertEquals(List.of("THERE"), db.rows("SELECT * FROM a_loud"), "the original is untouched");
            } finally {
                copy.close();
            }
            assertFalse(db.rows("SHOW DATABASES").contains(name), "close drops the copy");
        }
    }

    @Test
    void anEmptyOneHasTheCharacterSetAndNothingElse() throws Exception {
        try (MariadbTestServer db = MariadbTestServer.create()) {
            db.exec("CREATE TABLE t (id INT)");
            try (MysqlRehearsalDatabase empty = MysqlRehearsalDatabase.empty(db.url());
                 Connection connection = ServerUrl.parse(empty.url()).orElseThrow()
                         .connect(ServerUrl.parse(empty.url()).orElseThrow().database(), MysqlProvider::toDriverUrl)) {
                assertEquals(List.of(), rows(connection, "SHOW TABLES"));
            }
        }
    }

    @Test
    void aCopyOfADatabaseThatIsNotThereSaysSoInOneLine() throws Exception {
        try (MariadbTestServer db = MariadbTestServer.create()) {
            String url = db.url().replace(db.database, "retort_no_such_db");
            RetortException e = assertThrows(RetortException.class, () -> MysqlRehearsalDatabase.copyOf(url));
            assertEquals(List.of(), db.rows("SHOW DATABASES LIKE 'retort\\_rehearsal\\_%'"), "nothing is left behind");
            assertTrue(e.getMessage().startsWith("cannot copy database retort_no_such_db to retort_rehearsal_")
                    && e.getMessage().contains("no database retort_no_such_db on the server"),
                    e.getMessage());
        }
    }

    @Test
    void aViewOnAStoredFunctionIsNamedWhenTheCopyCannotBeMade() throws Exception {
        try (MariadbTestServer db = MariadbTestServer.create()) {
            db.exec("CREATE TABLE t (id INT)",
                    "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2",
                    "CREATE VIEW doubled AS SELECT twice(id) AS d FROM t");
            RetortException e = assertThrows(RetortException.class, () -> MysqlRehearsalDatabase.copyOf(db.url()));
            assertTrue(e.getMessage().contains("view doubled could not be copied: ") && !e.getMessage().contains("\n"),
                    e.getMessage());
            assertEquals(List.of(), db.rows("SHOW DATABASES LIKE 'retort\\_rehearsal\\_%'"), "nothing is left behind");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
