package dev.retort.dialect.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteBackupsTest {

    private static long rows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
            return rs.getLong(1);
        }
    }

    @Test
    void backupsAreWholeCopiesUnderDistinctNamesAndOldAbandonedPartsGo(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("app.db");
        Path stale = dir.resolve(".app.db.retort-writing-123");
        Path fresh = dir.resolve(".app.db.retort-writing-456");
        Files.writeString(stale, "half a copy");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Files.writeString(fresh, "being written right now");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
                st.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000) "
                        + "INSERT INTO t SELECT x FROM n");
            }
            Path first = SqliteBackups.create(c, db, 5);
            Path second = SqliteBackups.create(c, db, 5);
            assertNotEquals(first, second);
            assertTrue(first.getFileName().toString().contains("-" + ProcessHandle.current().pid()), first.toString());
            assertEquals(1000, rows(first));
            assertEquals(1000, rows(second));
            assertEquals(List.of(second, first), SqliteBackups.list(db));
            SqliteBackups.create(c, db, 1);
            assertEquals(1, SqliteBackups.list(db).size(), "pruned to the newest one");
        }
        assertFalse(Files.exists(stale), "an abandoned part older than a day is deleted");
        assertTrue(Files.exists(fresh), "a part another runner may be writing now is left alone");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().contains("retort-writing")).count());
        }
    }
}
