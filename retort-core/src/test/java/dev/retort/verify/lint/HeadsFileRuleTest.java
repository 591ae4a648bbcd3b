package dev.retort.verify.lint;

import dev.retort.script.HeadsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadsFileRuleTest {

    private static LintFixture twoRevisions(Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("aaaa00000001", "", "create users table", "CREATE TABLE users (id INTEGER PRIMARY KEY);", "DROP TABLE users;");
        p.sql("aaaa00000002", "aaaa00000001", "add email to users", "ALTER TABLE users ADD COLUMN email TEXT;",
                "ALTER TABLE users DROP COLUMN email;");
        return p;
    }

    @Test
    void aHeadsFileThatListsAnOldHeadIsAnError(@TempDir Path dir) throws Exception {
        LintFixture p = twoRevisions(dir);
        HeadsFile.write(dir.resolve("versions"), List.of("aaaa00000001"));

        List<Finding> found = p.findings(HeadsFileRule.RULE);

        assertEquals(1, found.size());
        assertEquals(dir.resolve("versions/HEADS"), found.get(0).file());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("aaaa00000002"), found.get(0).message());
    }

    @Test
    void aHeadsFileThatAgreesOrNoneAtAllIsFine(@TempDir Path dir) throws Exception {
        LintFixture p = twoRevisions(dir);
        assertEquals(List.of(), p.findings(HeadsFileRule.RULE), "projects from before HEADS existed have none");
        HeadsFile.write(dir.resolve("versions"), List.of("aaaa00000002"));
        assertEquals(List.of(), p.findings(HeadsFileRule.RULE));
        assertTrue(Files.exists(dir.resolve("versions/HEADS")));
    }
}
