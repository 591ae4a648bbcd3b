package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaAndDataRuleTest {

    @Test
    void aColumnAndAnUpdateInOneUpgrade(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.java("dddd00000001", "", "add status to orders",
                "op.addColumn(\"orders\", column(\"status\", string(20)));\n"
                        + "op.execute(\"UPDATE orders SET status = 'new'\");",
                "op.dropColumn(\"orders\", \"status\");");

        List<Finding> found = p.findings(SchemaAndDataRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(LintFixture.lineOf(file, "UPDATE orders"), found.get(0).line());
    }

    @Test
    void aTableAndInsertedRows(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("dddd00000001", "", "create plans with the default plan",
                "op.createTable(\"plans\", column(\"id\", INTEGER).primaryKey());\n"
                        + "op.bulkInsert(\"plans\", java.util.List.of(java.util.Map.of(\"id\", 1)));",
                "op.dropTable(\"plans\");");

        List<Finding> found = p.findings(SchemaAndDataRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("insert 1 rows into plans"), found.get(0).message());
    }

    @Test
    void aTableAndWorkThroughTheConnection(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("dddd00000001", "", "create plans and fill them",
                "op.createTable(\"plans\", column(\"id\", INTEGER).primaryKey());\n"
                        + "try (var st = op.connection().createStatement()) { st.execute(\"INSERT INTO plans VALUES (1)\"); }\n"
                        + "catch (java.sql.SQLException e) { throw new RuntimeException(e); }",
                "op.dropTable(\"plans\");");

        List<Finding> found = p.findings(SchemaAndDataRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("op.connection()"), found.get(0).message());
    }

    @Test
    void schemaOnlyOrDataOnlyPasses(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("dddd00000001", "", "add status to orders",
                "op.addColumn(\"orders\", column(\"status\", string(20)));\n"
                        + "op.createIndex(\"ix_orders_status\", \"orders\", \"status\");",
                "op.dropIndex(\"ix_orders_status\");\nop.dropColumn(\"orders\", \"status\");");
        p.java("dddd00000002", "dddd00000001", "fill status of old orders",
                "op.execute(\"UPDATE orders SET status = 'old'\");", "op.execute(\"UPDATE orders SET status = NULL\");");

        assertEquals(List.of(), p.findings(SchemaAndDataRule.RULE));
    }
}
