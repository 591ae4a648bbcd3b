package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RenameInUseRuleTest {
    @Test
    void renamingAColumnOrATableThatExistsIsFlagged(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("99990000000a", "", "call order totals amounts",
                "ALTER TABLE orders RENAME COLUMN total TO amount;", "ALTER TABLE orders RENAME COLUMN amount TO total;");
        p.java("99990000000b", "99990000000a", "call customers clients",
                "op.renameTable(\"customers\", \"clients\");", "op.renameTable(\"clients\", \"customers\");");
        p.java("99990000000c", "99990000000b", "call order notes remarks",
                "op.alterColumn(\"orders\", \"note\", change().rename(\"remark\"));",
                "op.alterColumn(\"orders\", \"remark\", change().rename(\"note\"));");

        List<Finding> found = p.findings(RenameInUseRule.RULE, POSTGRES);

        assertEquals(List.of("column orders.total is renamed to amount", "table customers is renamed to clients",
                "column orders.note is renamed to remark"),
                found.stream().map(f -> f.message().substring(0, f.message().indexOf(':'))).toList());
        assertEquals(LintFixture.lineOf(file, "RENAME COLUMN total"), found.get(0).line());
    }

    @Test
    void aChangeClauseThatRenamesIsFlaggedOnMysql(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "call order totals amounts",
                "ALTER TABLE orders CHANGE total amount INT NOT NULL;", "ALTER TABLE orders CHANGE amount total INT NOT NULL;");

        assertEquals(1, p.findings(RenameInUseRule.RULE, MYSQL).size());
    }

    @Test
    void aTableCreatedInTheSameRevisionAndAFileDatabasePass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("99990000000a", "", "create staging orders and move them in place",
                "op.createTable(\"orders_new\", column(\"id\", INTEGER).primaryKey(), column(\"total\", INTEGER));\n"
                        + "op.alterColumn(\"orders_new\", \"total\", change().rename(\"amount\"));\n"
                        + "op.renameTable(\"orders_new\", \"orders_v2\");", "op.dropTable(\"orders_v2\");");
        p.sql("99990000000b", "99990000000a", "call order totals amounts",
                "ALTER TABLE orders RENAME COLUMN total TO amount;", "ALTER TABLE orders RENAME COLUMN amount TO total;");

        assertEquals(List.of(), p.findings(RenameInUseRule.RULE, POSTGRES).stream()
                .filter(f -> f.revision().equals("99990000000a")).toList());
        assertEquals(List.of(), p.findings(RenameInUseRule.RULE, LockRuleFixtures.sqlite()));
    }
}
