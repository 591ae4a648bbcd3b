package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people add a revision on the same parent: found by `heads --check`, refused, merged, applied. */
class ConflictingHeadsIT {

    @Test
    void twoHeadsAreFoundRefusedMergedAndApplied(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        p.revision("00000000000a", "000000000001", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200)));", "op.dropColumn(\"users\", \"email\");");
        p.revision("00000000000b", "000000000001", "create api_keys",
                "op.createTable(\"api_keys\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"api_keys\");");

        var check = p.fails(3, "heads", "--check");
        assertTrue(check.out().contains("00000000000a (head)") && check.out().contains("00000000000b (head)"), check.out());
        assertTrue(check.err().contains("merge them with `retort merge heads"), check.err());

        var refused = p.fails(1, "upgrade", "head");
        assertTrue(refused.err().contains("00000000000a") && refused.err().contains("00000000000b"), refused.err());
        assertTrue(!Files.exists(p.database()) || p.tables().stream().noneMatch(t -> t.equals("users")),
                "a refused upgrade applies nothing");

        var newOnTop = p.fails(1, "revision", "-m", "add more");
        assertTrue(newOnTop.err().contains("merge heads") && newOnTop.err().contains("--head"), newOnTop.err());
        p.ok("revision", "-m", "add more on one head", "--head", "00000000000a");
        Files.delete(p.files("add_more_on_one_head").get(0));

        p.ok("merge", "heads", "-m", "merge conflicting heads");
        Path merge = p.files("merge_conflicting_heads").get(0);
        String source = Files.readString(merge);
        assertTrue(source.contains("// Revises: 00000000000a, 00000000000b"), source);
        p.ok("heads", "--check");

        var upgrade = p.ok("upgrade", "head");
        assertEquals(4, upgrade.out().lines().filter(l -> l.startsWith("Running upgrade")).count(), upgrade.out());
        assertEquals(List.of(merge.getFileName().toString().substring(0, 12)), p.versionRows());
        assertEquals(List.of("api_keys", "retort_log", "retort_version", "users"), p.tables());
        assertTrue(p.query("SELECT name FROM pragma_table_info('users')").contains("email"));
    }
}
