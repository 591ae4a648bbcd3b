package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verbs against MariaDB given with {@code --url} (jdbc:mysql: as well as jdbc:mariadb:): upgrade, current,
 * a revision that fails half-way and the dirty mark it leaves, shown by current, refused by upgrade and cleared
 * by stamp; backup, which works on SQLite files, says so in one line ({@code retort test} works on MySQL).
 */
class MariadbIT {
    @Test
    void aHalfAppliedRevisionIsShownRefusedAndClearedByStamp(@TempDir Path dir) throws Exception {
        try (MariadbServer db = MariadbServer.createDatabase()) {
            Project p = Project.init(dir);
            p.revision("aaa111", "", "create t1", "op.createTable(\"t1\", column(\"id\", INTEGER).primaryKey());",
                    "op.dropTable(\"t1\");");
            p.revision("bbb222", "aaa111", "create t2 then fail", "op.createTable(\"t2\", column(\"id\", INTEGER));"
                    + " op.execute(\"ALTER TABLE nope ADD COLUMN x INT\");", "op.dropTable(\"t2\");");
            String url = db.url("mysql");

            var failed = p.fails(1, "upgrade", "head", "--url", url);
            assertEquals(1, failed.err().lines().count(), failed.toString());
            assertTrue(failed.err().contains("revision bbb222 is marked dirty"), failed.toString());
            var current = p.ok("current", "--url", url);
            assertTrue(current.out().contains("aaa111") && current.out().contains("bbb222 (dirty): its upgrade failed"
                    + " half-way") && current.out().contains("`retort stamp aaa111` if you undid"), current.toString());
            var refused = p.fails(1, "upgrade", "head", "--url", db.url("mariadb"));
            assertTrue(refused.err().startsWith("retort: revision bbb222 is dirty:"), refused.toString());

            // The repair: the change that matters (t2) is in place, so the revision counts as finished.
            p.ok("stamp", "bbb222", "--url", url);
            assertTrue(!p.ok("current", "--url", url).out().contains("dirty"));
            assertEquals(List.of("bbb222"), db.query("SELECT version_num FROM retort_version"));

            for (String verb : List.of("backup")) {
                var sqliteOnly = p.fails(1, verb, "--url", url);
                assertEquals(1, sqliteOnly.err().lines().count(), sqliteOnly.toString());
                assertTrue(sqliteOnly.err().contains("SQLite database file"), sqliteOnly.toString());
            }
        }
    }
}
