package dev.retort.dialect.mysql;

import dev.retort.api.MigrationResult;
import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Upgrades, downgrades and stamps through the {@link Retort} facade on a MariaDB URL, and --sql without one. */
class MysqlMigrationTest {
    static final String CREATE_USERS = "op.createTable(\"users\", column(\"id\", BIGINT).primaryKey().autoIncrement(),"
            + " column(\"name\", string(100)).notNull());";
    static final String ADD_EMAIL = "op.addColumn(\"users\", column(\"email\", string(200)));"
            + " op.createUniqueConstraint(null, \"users\", \"email\");"
            + " op.bulkInsert(\"users\", java.util.List.of(java.util.Map.of(\"name\", \"ada\", \"email\", \"ada@example.org\")));";
    static final String DROP_EMAIL = "op.dropUniqueConstraint(\"users\", \"email\"); op.dropColumn(\"users\", \"email\");";

    static Retort retort(Path dir, String url) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url(url).build());
    }

    static void twoRevisions(Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add email", ADD_EMAIL, DROP_EMAIL);
    }

    @Test
    void upgradeStampAndDowngradeOnAJdbcMysqlUrl(@TempDir Path dir) throws Exception {
        twoRevisions(dir);
        try (MariadbTestServer db = MariadbTestServer.create()) {
            // jdbc:mysql: as people write it for MySQL; the bundled MariaDB driver takes it.
            Retort retort = retort(dir, db.url().replace("jdbc:mariadb:", "jdbc:mysql:"));
            assertEquals(List.of(), retort.current());

            MigrationResult up = retort.upgrade("head");
            assertEquals(2, up.steps().size());
            assertNull(up.backup(), "a server database has no file to back up");
            assertEquals(List.of("000000000002"), retort.current());
            assertEquals(List.of("ada|ada@example.org"), db.rows("SELECT name, email FROM users"));
            assertEquals(List.of("000000000001|up|ok", "000000000002|up|ok"), log(db));
            assertEquals(List.of("retort_log", "retort_version", "users"), db.rows("SELECT TABLE_NAME FROM"
                    + " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME"));

            assertEquals(List.of("000000000001"), retort.stamp("000000000001", false));
            assertEquals(List.of("000000000001"), retort.current());
            assertEquals(List.of("000000000002"), retort.stamp("head", false));

            assertEquals(List.of("000000000001"), retort.downgrade("-1").current());
            assertEquals(List.of("id", "name"), db.rows("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' ORDER BY ORDINAL_POSITION"));
            assertEquals(List.of(), retort.downgrade("base").current());
            assertEquals(List.of("000000000001|up|ok", "000000000002|up|ok", "000000000001|stamp|ok",
                    "000000000002|stamp|ok", "000000000002|down|ok", "000000000001|down|ok"), log(db));
        }
    }

    @Test
    void upgradeSqlIsWrittenWithoutADatabase(@TempDir Path dir) throws Exception {
        twoRevisions(dir);
        // Nothing listens on port 1: --sql must not try to connect.
        Retort retort = retort(dir, "jdbc:mariadb://127.0.0.1:1/app?user=root");
        String sql = retort.upgradeSql("head");
        assertTrue(sql.startsWith("START TRANSACTION;\nCREATE TABLE `retort_version` (\n"), sql);
        assertTrue(sql.contains("CREATE TABLE `users` (\n    `id` BIGINT NOT NULL AUTO_INCREMENT,\n"
                + "    `name` VARCHAR(100) NOT NULL,\n    PRIMARY KEY (`id`)\n)"), sql);
        assertTrue(sql.contains("ALTER TABLE `users` ADD COLUMN `email` VARCHAR(200);"), sql);
        assertTrue(sql.contains("UPDATE retort_version SET version_num = '000000000002' WHERE version_num = '000000000001';\n"), sql);
        assertTrue(sql.endsWith("COMMIT;\n"), sql);

        String from = retort.upgradeSql("000000000001:head");
        assertTrue(!from.contains("CREATE TABLE `retort_version`") && from.contains("ADD COLUMN `email`")
                && !from.contains("CREATE TABLE `users`"), "a range starts at an applied revision: " + from);

        RetortException unnamed = assertThrows(RetortException.class, () -> retort.downgradeSql("head:base"));
        assertTrue(unnamed.getMessage().contains("downgrade of revision 000000000002"), unnamed.getMessage());
    }

    @Test
    void upgradeSqlIsWrittenForMysqlOnAJdbcMysqlUrlAndForMariadbOtherwise(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "create users", CREATE_USERS
                + " op.createIndex(\"ix_users_lower_name\", \"users\", \"lower(name)\");", "op.dropTable(\"users\");");
        String mysql = retort(dir, "jdbc:mysql://127.0.0.1:1/app?user=root").upgradeSql("head");
        assertTrue(mysql.contains("CREATE INDEX `ix_users_lower_name` ON `users` ((lower(name)));"), mysql);
        RetortException mariadb = assertThrows(RetortException.class,
                () -> retort(dir, "jdbc:mariadb://127.0.0.1:1/app?user=root").upgradeSql("head"));
        assertTrue(mariadb.getMessage().contains("is on the expression lower(name), which"), mariadb.getMessage());
    }

    @Test
    void fileOnlyVerbsAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        twoRevisions(dir);
        Retort retort = retort(dir, "jdbc:mariadb://127.0.0.1:1/app?user=root");
        assertEquals("backups are for SQLite database files; jdbc:mariadb://127.0.0.1:1/app?user=root is not one"
                + " (use your server's own backup tools)", assertThrows(RetortException.class, retort::backup).getMessage());
        assertTrue(assertThrows(RetortException.class, () -> retort.restore(null)).getMessage()
                .startsWith("backups are for SQLite database files"));
    }

    @Test
    void aRehearsalThatCannotReachTheServerSaysSoInOneLineWithoutThePassword(@TempDir Path dir) throws Exception {
        twoRevisions(dir);
        Retort retort = retort(dir, "jdbc:mariadb://127.0.0.1:1/app?user=root&password=hunter2&connectTimeout=2000");
        String rehearse = assertThrows(RetortException.class, () -> retort.rehearse(false)).getMessage();
        assertTrue(rehearse.startsWith("cannot copy database app to retort_rehearsal_"), rehearse);
        assertTrue(!rehearse.contains("\n") && !rehearse.contains("hunter2"), rehearse);
    }

    /** Every retort_log row as "revision|direction|status", in order. */
    static List<String> log(MariadbTestServer db) {
        return db.rows("SELECT revision, direction, status FROM retort_log ORDER BY id");
    }
}
