package dev.retort.cli.scenario;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read-only verbs on a history with a branch and a merge:
 * <pre>
 *   r1 -> r2 -> r3a -> m4
 *          \-> r3b --/
 * </pre>
 * The revision files do not compile: read-only verbs must read headers only.
 */
class HistoryIT {
    private Project p;

    @BeforeEach
    void history(@TempDir Path dir) {
        p = Project.init(dir);
        for (String[] r : new String[][]{
                {"r1r1r1r1r1r1", "", "create users"},
                {"r2r2r2r2r2r2", "r1r1r1r1r1r1", "add email to users"},
                {"r3a3a3a3a3a3", "r2r2r2r2r2r2", "create api_keys"},
                {"r3b3b3b3b3b3", "r2r2r2r2r2r2", "create credentials"},
                {"m4m4m4m4m4m4", "r3a3a3a3a3a3, r3b3b3b3b3b3", "merge api_keys and credentials"}}) {
            p.revision(r[0], r[1], r[2], "this is not Java;", "neither is this;");
        }
    }

    @Test
    void historyListsNewestFirstWithMarks() {
        var history = p.ok("history");
        assertEquals(List.of(
                "r3a3a3a3a3a3, r3b3b3b3b3b3 -> m4m4m4m4m4m4 (head) (mergepoint), merge api_keys and credentials",
                "r2r2r2r2r2r2 -> r3b3b3b3b3b3, create credentials",
                "r2r2r2r2r2r2 -> r3a3a3a3a3a3, create api_keys",
                "r1r1r1r1r1r1 -> r2r2r2r2r2r2 (branchpoint), add email to users",
                "<base> -> r1r1r1r1r1r1, create users"), history.out().lines().toList());
        assertEquals(2, p.ok("history", "-n", "2").out().lines().count());
        var range = p.ok("history", "-r", "r2r2:r3a3");
        assertEquals(List.of("r2r2r2r2r2r2 -> r3a3a3a3a3a3, create api_keys",
                "r1r1r1r1r1r1 -> r2r2r2r2r2r2 (branchpoint), add email to users"), range.out().lines().toList());
    }

    @Test
    void graphDrawsTheBranchAndTheMerge() {
        var graph = p.ok("history", "--graph");
        assertEquals(List.of(
                "*  m4m4m4m4m4m4 (head) (mergepoint) merge api_keys and credentials",
                "|\\",
                "| *  r3b3b3b3b3b3 create credentials",
                "* |  r3a3a3a3a3a3 create api_keys",
                "|/",
                "*  r2r2r2r2r2r2 (branchpoint) add email to users",
                "*  r1r1r1r1r1r1 create users"), graph.out().lines().toList(), graph.out());
    }

    @Test
    void jsonIsMachineReadable() {
        var json = p.ok("history", "--json");
        String out = json.out().strip();
        assertTrue(out.startsWith("[{\"revision\": \"m4m4m4m4m4m4\", \"revises\": [\"r3a3a3a3a3a3\", \"r3b3b3b3b3b3\"]"), out);
        assertTrue(out.contains("\"head\": true, \"branchpoint\": false, \"mergepoint\": true, \"current\": false"), out);
        assertEquals(5, out.split("\"revision\": ").length - 1);
    }

    @Test
    void indicateCurrentShowBranchesAndHeads() {
        p.ok("stamp", "r3a3a3");
        var history = p.ok("history", "--indicate-current");
        assertTrue(history.out().contains("-> r3a3a3a3a3a3 (current), create api_keys"), history.out());
        assertEquals("r3a3a3a3a3a3", p.ok("current").out().strip());
        var show = p.ok("show", "m4m4");
        assertTrue(show.out().startsWith("Rev: m4m4m4m4m4m4 (head) (mergepoint)\nMerges: r3a3a3a3a3a3, r3b3b3b3b3b3\n"), show.out());
        assertTrue(show.out().contains("Path: migrations/versions/m4m4m4m4m4m4_merge_api_keys_and_credentials.java"), show.out());
        var branches = p.ok("branches");
        assertEquals(List.of("r2r2r2r2r2r2 (branchpoint), add email to users",
                "    -> r3a3a3a3a3a3, create api_keys",
                "    -> r3b3b3b3b3b3, create credentials"), branches.out().lines().toList());
        assertEquals("m4m4m4m4m4m4 (head) (mergepoint)", p.ok("heads").out().strip());
        var verbose = p.ok("heads", "--verbose");
        assertTrue(verbose.out().contains("    merge api_keys and credentials"), verbose.out());
    }

    @Test
    void upgradeIsWhereCompilingStarts() {
        var failed = p.fails(1, "upgrade", "head");
        assertTrue(failed.err().contains("r1r1r1r1r1r1_create_users.java:13: compile error"), failed.err());
    }
}
