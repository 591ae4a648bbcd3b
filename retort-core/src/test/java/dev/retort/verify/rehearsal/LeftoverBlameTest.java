package dev.retort.verify.rehearsal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A downgrade that leaves a default behind is blamed on its own revision, with the default's before and after. */
class LeftoverBlameTest {
    private static final String DEFAULT_NAME = "op.alterColumn(\"users\", \"name\", change().serverDefault(\"'x'\"));";
    private static final String ADD_EMAIL = "op.addColumn(\"users\", column(\"email\", string(200)));";
    private static final String DROP_EMAIL = "op.dropColumn(\"users\", \"email\");";

    @Test
    void onAppliedRevisionsTheRevisionWhoseDownLeftTheDefaultIsBlamedNotTheOneBeforeIt(@TempDir Path dir)
            throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.usersAndPostsWithRows();
        p.revision("000000000002", "000000000001", "default users name", DEFAULT_NAME, "");
        p.revision("000000000003", "000000000002", "add users email", ADD_EMAIL, DROP_EMAIL);
        p.retort.upgrade("head");

        RehearsalReport report = p.retort.rehearse(false);

        RevisionResult guilty = RehearsalFixture.result(report, "000000000002");
        assertEquals("FAIL", guilty.down(), guilty.toString());
        assertEquals(List.of("the downgrade does not undo the upgrade, which the rehearsal found going down and up "
                + "again: table users: column name: default NULL -> 'x'"), guilty.problems());
        assertEquals("ok", RehearsalFixture.result(report, "000000000001").verdict(), report.toString());
        assertEquals("ok", RehearsalFixture.result(report, "000000000003").verdict(), report.toString());
    }

    @Test
    void onAnEmptyDatabaseTheDifferenceSaysWhatTheDefaultWasAndIs(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.revision("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey(), column(\"name\", string(50)));",
                "op.dropTable(\"users\");");
        p.revision("000000000002", "000000000001", "default users name", DEFAULT_NAME, "");
        p.revision("000000000003", "000000000002", "add users email", ADD_EMAIL, DROP_EMAIL);

        RehearsalReport report = p.retort.rehearse(true);

        assertEquals(List.of("the downgrade does not undo the upgrade: table users: column name: default NULL -> 'x'"),
                RehearsalFixture.result(report, "000000000002").problems());
        assertEquals("ok", RehearsalFixture.result(report, "000000000003").verdict(), report.toString());
    }

    @Test
    void everyPartOfAColumnThatDiffersIsNamedWithBeforeAndAfter() {
        var was = dev.retort.ops.Dsl.column("name", dev.retort.schema.Types.string(50));
        var now = was.withType(dev.retort.schema.Types.TEXT).notNull().serverDefault("''");
        assertEquals("column name: type string(50) -> TEXT, NULL -> NOT NULL, default NULL -> ''",
                ColumnDifference.describe(was, now));
    }
}
