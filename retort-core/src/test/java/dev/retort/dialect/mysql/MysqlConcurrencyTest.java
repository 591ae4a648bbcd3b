package dev.retort.dialect.mysql;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.ParallelUpgrades;
import dev.retort.dialect.RevisionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Eight runners, each with its own connection, start {@code upgrade head} on MariaDB at the same moment.
 * GET_LOCK queues them and each re-reads the versions once it holds the lock, so every revision runs exactly
 * once (a second run would fail: the table exists) and every runner succeeds.
 */
class MysqlConcurrencyTest {
    private static final int RUNNERS = 8;

    @Test
    void parallelUpgradesApplyEachRevisionOnce(@TempDir Path dir) throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        String parent = "";
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String id = "00000000000" + i;
            files.java(id, parent, "create table " + i, "op.createTable(\"t" + i + "\", column(\"id\", INTEGER).primaryKey());"
                    + " op.execute(\"SELECT SLEEP(0.05)\");", "op.dropTable(\"t" + i + "\");");
            ids.add(id + "|up|ok");
            parent = id;
        }
        try (MariadbTestServer db = MariadbTestServer.create()) {
            RetortConfig config = RetortConfig.builder().projectDir(dir).url(db.url()).build();
            int total = ParallelUpgrades.race(config, RUNNERS);
            assertEquals(4, total, "steps applied over all runners");
            assertEquals(ids, MysqlMigrationTest.log(db), "each revision ran once");
            assertEquals(List.of("000000000004"), db.rows("SELECT version_num FROM retort_version"));
        }
    }
}
