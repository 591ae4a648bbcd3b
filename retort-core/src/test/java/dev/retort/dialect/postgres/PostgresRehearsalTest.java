package dev.retort.dialect.postgres;

import dev.retort.dialect.RevisionFiles;
import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.verify.rehearsal.RehearsalReport;
import dev.retort.verify.rehearsal.RevisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code retort test} on PostgreSQL: every revision up, down and up again on copies made with
 * {@code CREATE DATABASE ... TEMPLATE}; the original is only read, and the copies are dropped afterwards.
 */
class PostgresRehearsalTest {

    @Test
    void rehearsesOnCopiesAndFindsALossyDowngrade(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey(),"
                        + " column(\"name\", string(50)).notNull());"
                        + " op.execute(\"INSERT INTO users VALUES (1, 'ada'), (2, 'alan')\");", "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add email", "op.addColumn(\"users\", column(\"email\", TEXT));",
                        "op.dropColumn(\"users\", \"email\");")
                .java("000000000003", "000000000002", "add nickname", "op.addColumn(\"users\", column(\"nick\", TEXT));",
                        "op.execute(\"DELETE FROM users\"); op.dropColumn(\"users\", \"nick\");");
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).build());
            retort.upgrade("000000000001");
            List<String> rehearsalDatabasesBefore = rehearsalDatabases(db);

            RehearsalReport report = retort.rehearse(false);

            assertTrue(report.database().startsWith("a copy of jdbc:postgresql:"), report.database());
            assertEquals(List.of("ok", "ok", "FAIL"), report.revisions().stream().map(RevisionResult::verdict).toList(),
                    report.toString());
            assertTrue(report.revisions().get(2).rowsKept().startsWith("NO (users: 2 -> 0"), report.toString());
            assertEquals(List.of("000000000001"), retort.current(), "the original is only read");
            try (Connection connection = db.connect()) {
                assertEquals(List.of("ada", "alan"), PostgresMigrationTest.rows(connection, "SELECT name FROM users ORDER BY id"));
            }
            assertEquals(rehearsalDatabasesBefore, rehearsalDatabases(db), "the copies are dropped");
        }
    }

    private static List<String> rehearsalDatabases(PostgresTestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            return PostgresMigrationTest.rows(connection,
                    "SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_rehearsal\\_%' ORDER BY 1");
        }
    }
}
