package dev.retort.cli.scenario;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every TARGET form of upgrade and downgrade, on a history with a labelled side branch:
 * <pre>
 *   aaa111 -> aab222 -> abc333 -> abd444          (main line)
 *                  \-> fea555 -> feb666           (branch "feature")
 * </pre>
 */
class TargetsIT {
    private Project p;

    @BeforeEach
    void history(@TempDir Path dir) {
        p = Project.init(dir);
        table("aaa111", "", "t1");
        table("aab222", "aaa111", "t2");
        table("abc333", "aab222", "t3");
        table("abd444", "abc333", "t4");
        p.write("fea555_feature_start.java", """
                // Revision: fea555
                // Revises: aab222
                // Branch-Labels: feature
                // Message: start the feature

                import dev.retort.ops.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class FeatureStart implements Migration {
                    public void upgrade(Ops op) { op.createTable("f1", column("id", INTEGER).primaryKey()); }
                    public void downgrade(Ops op) { op.dropTable("f1"); }
                }
                """);
        table("feb666", "fea555", "f2");
    }

    private void table(String id, String parent, String table) {
        p.revision(id, parent, "create " + table,
                "op.createTable(\"" + table + "\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"" + table + "\");");
    }

    @Test
    void headIsRefusedWithTwoHeadsAndHeadsAppliesBoth() {
        var refused = p.fails(1, "upgrade", "head");
        assertTrue(refused.err().contains("abd444") && refused.err().contains("feb666"), refused.err());
        assertTrue(refused.err().contains("retort merge heads"), refused.err());
        assertEquals(1, refused.err().lines().count(), "one line: " + refused.err());
        p.ok("upgrade", "heads");
        assertEquals(List.of("abd444", "feb666"), p.versionRows());
        assertEquals(List.of("f1", "f2", "retort_log", "retort_version", "t1", "t2", "t3", "t4"), p.tables());
    }

    @Test
    void relativeStepsUpAndDown() {
        p.ok("upgrade", "abd444");
        p.ok("downgrade", "-1");
        assertEquals(List.of("abc333"), p.versionRows());
        p.ok("downgrade", "-2");
        assertEquals(List.of("aaa111"), p.versionRows());
        p.ok("upgrade", "abc333");
        p.ok("downgrade", "base");
        assertEquals(List.of(), p.versionRows());
        assertEquals(List.of("retort_log", "retort_version"), p.tables());
        var tooFar = p.fails(1, "downgrade", "-1");
        assertTrue(tooFar.err().startsWith("retort: "), tooFar.err());
    }

    @Test
    void plusNOnALabelledBranch() {
        p.ok("upgrade", "feature@+3");
        assertEquals(List.of("fea555"), p.versionRows());
        p.ok("upgrade", "feature@+1");
        assertEquals(List.of("feb666"), p.versionRows());
    }

    @Test
    void plusNWithOneHeadInReach() {
        p.ok("upgrade", "aab222");
        var ambiguous = p.fails(1, "upgrade", "+2");
        assertTrue(ambiguous.err().contains("heads"), ambiguous.err());
        p.ok("upgrade", "abd444");
        p.ok("downgrade", "aaa111");
        assertEquals(List.of("aaa111"), p.versionRows());
    }

    @Test
    void partialIdsResolveAndAmbiguousOnesAreRefused() {
        p.ok("upgrade", "abc");
        assertEquals(List.of("abc333"), p.versionRows());
        var ambiguous = p.fails(1, "upgrade", "ab");
        assertTrue(ambiguous.err().contains("aab222") || ambiguous.err().contains("abc333"), ambiguous.err());
        assertTrue(ambiguous.err().contains("'ab'"), ambiguous.err());
        var unknown = p.fails(1, "upgrade", "zzz");
        assertTrue(unknown.err().contains("'zzz'"), unknown.err());
        assertEquals(List.of("abc333"), p.versionRows(), "failed targets change nothing");
    }

    @Test
    void labelAtHeadAppliesOnlyThatBranch() {
        p.ok("upgrade", "feature@head");
        assertEquals(List.of("feb666"), p.versionRows());
        assertEquals(List.of("f1", "f2", "retort_log", "retort_version", "t1", "t2"), p.tables());
        p.ok("upgrade", "abd444");
        assertEquals(List.of("abd444", "feb666"), p.versionRows());
        p.ok("downgrade", "fea555");
        assertEquals(List.of("abd444", "fea555"), p.versionRows(), "the main line stays when the branch goes down");
        var notApplied = p.fails(1, "downgrade", "feb666");
        assertTrue(notApplied.err().contains("not applied"), notApplied.err());
    }

    @Test
    void offlineRangesPrintOnlyTheirSteps() {
        var up = p.ok("upgrade", "aab222:abd444", "--sql");
        assertTrue(up.out().contains("CREATE TABLE t3") && up.out().contains("CREATE TABLE t4"), up.out());
        assertTrue(!up.out().contains("CREATE TABLE t2") && !up.out().contains("CREATE TABLE retort_version"), up.out());
        var down = p.ok("downgrade", "abd444:aab222", "--sql");
        assertTrue(down.out().contains("DROP TABLE t4") && down.out().contains("DROP TABLE t3"), down.out());
        assertTrue(down.out().indexOf("DROP TABLE t4") < down.out().indexOf("DROP TABLE t3"), down.out());
        var needsRange = p.fails(2, "downgrade", "base", "--sql");
        assertTrue(needsRange.err().contains("FROM:TARGET"), needsRange.err());
    }

    @Test
    void stampMovesTheVersionWithoutRunningAnything() {
        p.ok("stamp", "abc333");
        assertEquals(List.of("abc333"), p.versionRows());
        assertEquals(List.of("retort_log", "retort_version"), p.tables());
        p.ok("stamp", "feature@head");
        assertEquals(List.of("abc333", "feb666"), p.versionRows());
        p.ok("stamp", "aaa111", "--purge");
        assertEquals(List.of("aaa111"), p.versionRows());
        p.ok("stamp", "base");
        assertEquals(List.of(), p.versionRows());
    }
}
