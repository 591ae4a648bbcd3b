package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups before changing runs, `retort backup`, and `retort restore` undoing a revision that damaged data. */
class BackupRestoreIT {
    private static final Pattern BACKUP = Pattern.compile("Backup: (\\S+)");

    private static Path printedBackup(Project p, RetortProcess.Result result) {
        Matcher m = BACKUP.matcher(result.out());
        assertTrue(m.find(), "no backup path printed:\n" + result);
        Path backup = p.dir().resolve(m.group(1));
        assertTrue(Files.isRegularFile(backup), "the printed backup path exists: " + backup);
        return backup;
    }

    @Test
    void restoreUndoesARevisionThatDeletedRows(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "create accounts",
                "op.createTable(\"accounts\", column(\"id\", INTEGER).primaryKey(), column(\"owner\", string(50)));"
                        + " op.execute(\"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                        + " INSERT INTO accounts (id, owner) SELECT i, 'owner ' || i FROM n\");",
                "op.dropTable(\"accounts\");");
        var first = p.ok("upgrade", "head");
        assertFalse(first.out().contains("Backup:"), "a database that did not exist yet has nothing to back up:\n" + first);
        assertEquals(List.of("500"), p.query("SELECT count(*) FROM accounts"));

        p.revision("bbbb", "aaaa", "purge inactive accounts by mistake",
                "op.execute(\"DELETE FROM accounts WHERE id > 10\");", "");
        var damaging = p.ok("upgrade", "head");
        Path backup = printedBackup(p, damaging);
        assertEquals(List.of("10"), p.query("SELECT count(*) FROM accounts"), "the revision did damage the data");

        var restore = p.ok("restore", p.dir().relativize(backup).toString());
        assertTrue(restore.out().contains("Backup of the replaced file: "), restore.out());
        assertEquals(List.of("500"), p.query("SELECT count(*) FROM accounts"));
        assertEquals(List.of("aaaa"), p.versionRows(), "the restored file is at the revision before the damage");
        assertEquals(List.of("owner 500"), p.query("SELECT owner FROM accounts WHERE id = 500"));
    }

    @Test
    void backupCommandAndKeepingTheNewestFive(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "create t", "op.createTable(\"t\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"t\");");
        p.ok("upgrade", "head");
        for (int i = 0; i < 7; i++) {
            printedBackup(p, p.ok("backup"));
        }
        var list = p.ok("restore", "--list");
        assertEquals(5, list.out().lines().count(), "only the newest five are kept:\n" + list.out());
        Files.writeString(p.database(), "not a database any more");
        p.ok("restore");
        assertEquals(List.of("aaaa"), p.versionRows(), "restore without FILE puts the newest backup back");
    }

    @Test
    void noBackupSkipsItAndConfigCanTurnItOff(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "create t", "op.createTable(\"t\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"t\");");
        p.ok("upgrade", "head");
        p.revision("bbbb", "aaaa", "create u", "op.createTable(\"u\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"u\");");
        assertFalse(p.ok("upgrade", "head", "--no-backup").out().contains("Backup:"));
        Path config = p.dir().resolve("retort.toml");
        Files.writeString(config, Files.readString(config).replace("backup = \"auto\"", "backup = \"off\""));
        assertFalse(p.ok("downgrade", "-1").out().contains("Backup:"));
        assertTrue(p.ok("restore", "--list").out().isBlank());
    }
}
