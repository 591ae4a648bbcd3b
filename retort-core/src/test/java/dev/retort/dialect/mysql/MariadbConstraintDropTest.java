package dev.retort.dialect.mysql;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dropping constraints on the real MariaDB server: unnamed checks, names resolved first, unique before key. */
class MariadbConstraintDropTest {
    private static final String CREATE_USERS = "op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(),"
            + " column(\"name\", string(100)).notNull(), column(\"nick\", string(20)));";
    private static final String NAME_CHECK = "length(name) > 0";

    private static Retort retort(Path dir, MariadbTestServer db) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).build());
    }

    private static List<String> checks(MariadbTestServer db) {
        return db.rows("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users'");
    }

    private static List<String> columns(MariadbTestServer db) {
        return db.rows("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'users' ORDER BY ORDINAL_POSITION");
    }

    @Test
    void anUnnamedCheckIsDroppedByTheExpressionTheRevisionWroteThoughTheServerStoresItRewritten(@TempDir Path dir)
            throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "check the name",
                        "op.createCheckConstraint(null, \"users\", \"" + NAME_CHECK + "\");",
                        "op.dropCheckConstraint(\"users\", \"" + NAME_CHECK + "\");")
                .java("000000000003", "000000000002", "add extra and drop the name check",
                        "op.addColumn(\"users\", column(\"extra\", INTEGER));"
                                + " op.dropCheckConstraint(\"users\", \"" + NAME_CHECK + "\");",
                        "op.createCheckConstraint(null, \"users\", \"" + NAME_CHECK + "\");"
                                + " op.dropColumn(\"users\", \"extra\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db);
            retort.upgrade("000000000002");
            assertEquals(List.of("octet_length(`name`) > 0"), checks(db), "the server rewrites length as octet_length");

            retort.upgrade("head");
            assertEquals(List.of(), checks(db));
            assertEquals(List.of("id", "name", "nick", "extra"), columns(db));
            assertEquals(List.of(), retort.dirtyRevisions());

            retort.downgrade("000000000001");
            assertEquals(List.of(), checks(db), "the downgrade of the check revision found it by its expression too");
            assertEquals(List.of("000000000001"), retort.current());
        }
    }

    @Test
    void aDropThatFindsNoConstraintStopsTheRevisionBeforeItsFirstStatement(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add extra and drop a check that is not there",
                        "op.addColumn(\"users\", column(\"extra\", INTEGER));"
                                + " op.dropCheckConstraint(\"users\", \"length(nick) > 0\");"
                                + " op.dropUniqueConstraint(\"users\", \"nick\");",
                        "op.dropColumn(\"users\", \"extra\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db);
            retort.upgrade("000000000001");

            RetortException failed = assertThrows(RetortException.class, () -> retort.upgrade("head"));

            assertTrue(failed.getMessage().contains("cannot drop the check (length(nick) > 0): table users has none"),
                    failed.getMessage());
            assertEquals(List.of("id", "name", "nick"), columns(db), "the ADD COLUMN before it never ran");
            assertEquals(List.of(), retort.dirtyRevisions(), "nothing ran, so the revision is not dirty");
            assertEquals(List.of("000000000001"), retort.current());
        }
    }

    @Test
    void droppingAUniqueConstraintBeforeTheForeignKeyOnItsColumnsWorks(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create teams and users",
                        "op.createTable(\"teams\", column(\"id\", BIGINT).primaryKey());"
                                + " op.createTable(\"users\", column(\"id\", BIGINT).primaryKey(), column(\"team_id\", BIGINT));",
                        "op.dropTable(\"users\"); op.dropTable(\"teams\");")
                .java("000000000002", "000000000001", "one user per team",
                        "op.createUniqueConstraint(null, \"users\", \"team_id\");"
                                + " op.createForeignKey(\"users\", foreignKey(\"team_id\", \"teams\", \"id\"));",
                        "op.dropUniqueConstraint(\"users\", \"team_id\");"
                                + " op.dropForeignKey(\"users\", foreignKey(\"team_id\", \"teams\", \"id\"));")
                .java("000000000003", "000000000002", "several users per team",
                        "op.dropUniqueConstraint(\"users\", \"team_id\");",
                        "op.createUniqueConstraint(null, \"users\", \"team_id\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db);
            retort.upgrade("head");
            assertEquals(List.of("PRIMARY|0", "users_ibfk_1|1"), indexes(db),
                    "the key keeps an index of its own where the unique one was");
            assertEquals(List.of("users_ibfk_1"), foreignKeys(db));

            retort.downgrade("000000000001");

            assertEquals(List.of("PRIMARY|0"), indexes(db), "neither the unique index nor the key's index is left");
            assertEquals(List.of(), foreignKeys(db));
            assertEquals(List.of("000000000001"), retort.current());
        }
    }

    private static List<String> indexes(MariadbTestServer db) {
        return db.rows("SELECT DISTINCT INDEX_NAME, NON_UNIQUE FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' ORDER BY INDEX_NAME");
    }

    private static List<String> foreignKeys(MariadbTestServer db) {
        return db.rows("SELECT CONSTRAINT_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'users'");
    }
}
