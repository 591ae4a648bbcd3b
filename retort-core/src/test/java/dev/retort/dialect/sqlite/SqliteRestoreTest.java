package dev.retort.dialect.sqlite;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code retort restore}: only a backup of this database goes back, into the open file, never by swapping the file. */
class SqliteRestoreTest {
    private static Retort retort(Path dir) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    /** A migrated database with one row in {@code notes}, and a backup of it. */
    private static Path migratedWithBackup(Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "create notes",
                "op.createTable(\"notes\", column(\"id\", INTEGER).primaryKey(), column(\"body\", TEXT));",
                "op.dropTable(\"notes\");");
        retort(dir).upgrade("head");
        exec(dir, "INSERT INTO notes VALUES (1, 'kept')");
        return retort(dir).backup();
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupOfThisDatabase(@TempDir Path dir) throws Exception {
        migratedWithBackup(dir);
        exec(dir, "INSERT INTO notes VALUES (2, 'after the backup')");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database at all\n");
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE unrelated (x INT)");
        }
        for (Path wrong : new Path[]{text, other, dir.resolve("missing.db")}) {
            RetortException refused = assertThrows(RetortException.class, () -> retort(dir).restore(wrong));
            assertTrue(refused.getMessage().startsWith(wrong.toString()), refused.getMessage());
            assertTrue(!refused.getMessage().contains("\n"), refused.getMessage());
            assertEquals(2L, count(dir, "SELECT count(*) FROM notes"), "the database is untouched");
        }
    }

    @Test
    void restoreWritesIntoTheOpenDatabaseSoAnotherWritersCommitIsNotLost(@TempDir Path dir) throws Exception {
        Path backup = migratedWithBackup(dir);
        Object inode = Files.getAttribute(dir.resolve("app.db"), "unix:ino");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO notes VALUES (3, 'being written')");
            RetortException busy = assertThrows(RetortException.class, () -> retort(dir).restore(backup));
            assertTrue(busy.getMessage().contains("another connection has been writing to it")
                    && busy.getMessage().contains("nothing was changed"), busy.getMessage());
            st.execute("COMMIT");
        }
        assertEquals(2L, count(dir, "SELECT count(*) FROM notes"), "the writer's commit reached the database file");

        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            retort(dir).restore(backup);
            try (Statement st = reader.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM notes")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "a connection that was open sees the restored rows: same file");
            }
        }
        assertEquals(inode, Files.getAttribute(dir.resolve("app.db"), "unix:ino"), "the file was never replaced");
    }

    @Test
    void restoreKeepsTheFilesModeAndTwoRestoresDoNotFlipBack(@TempDir Path dir) throws Exception {
        Path backup = migratedWithBackup(dir);
        Path db = dir.resolve("app.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r-----"));
        exec(dir, "INSERT INTO notes VALUES (2, 'damage')");
        Path replaced = retort(dir).restore(null);
        assertNotEquals(backup, replaced);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals(1L, count(dir, "SELECT count(*) FROM notes"));
        retort(dir).restore(null);
        assertEquals(1L, count(dir, "SELECT count(*) FROM notes"),
                "the copy a restore makes of what it replaced is not the next restore's newest backup");
    }

    private static void exec(Path dir, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db")); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(Path dir, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
