package dev.retort.autogen;

import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.Unsupported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each {@code @GeneratedValue} strategy asks the database for what Hibernate 6 uses. */
class JpaGeneratedValueTest {
    @TempDir
    Path dir;

    private Schema entity(String name, String idField) throws IOException {
        JpaModelSourceTest.write(dir, "g/" + name + ".java", """
                package g;

                import jakarta.persistence.*;

                @Entity
                public class %s { %s }
                """.formatted(name, idField));
        return new JpaModelSource(dir).load();
    }

    private static Column id(Schema schema, String table) {
        return schema.table(table).orElseThrow().column("id").orElseThrow();
    }

    @Test
    void identityIsAnAutoIncrementColumnAndNeedsNothingElse() throws IOException {
        Schema schema = entity("Invoice", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;");
        assertTrue(id(schema, "invoice").isAutoIncrement());
        assertEquals(List.of(), schema.unsupported());
    }

    @Test
    void sequenceAndAutoNameTheEntitySequenceAsNotHandled() throws IOException {
        entity("Invoice", "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;");
        entity("Payment", "@Id @GeneratedValue Long id;");
        Schema schema = entity("Refund", """
                @Id @GeneratedValue(generator = "refunds")
                @SequenceGenerator(name = "refunds", sequenceName = "refund_ids", allocationSize = 1) Long id;""");
        assertFalse(id(schema, "invoice").isAutoIncrement(), "Hibernate fills it from the sequence, not the database");
        assertFalse(id(schema, "payment").isAutoIncrement());
        assertEquals(List.of("invoice_seq", "payment_seq", "refund_ids"),
                schema.unsupported().stream().map(Unsupported::name).toList());
        assertTrue(schema.unsupported().get(0).describe().startsWith("sequence invoice_seq: Hibernate's SEQUENCE"
                + " generator for Invoice.id needs it (increment 50)"), schema.unsupported().get(0).describe());
        assertTrue(schema.unsupported().get(2).describe().contains("(increment 1)"));
        assertTrue(new SchemaDiff().compare(schema, schema).describe().contains(
                DiffResult.notHandledLine(schema.unsupported().get(0))), "check names the sequence");
    }

    @Test
    void theSequenceTheEntitiesNeedIsNotDroppedFromADatabaseThatHasIt() throws IOException {
        Schema models = entity("Invoice", "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;");
        Schema database = withSequences(models);
        DiffResult diff = new SchemaDiff().compare(database, models);
        assertEquals(List.of("execute DROP SEQUENCE old_numbers"), diff.operations().stream().map(o -> o.describe()).toList(),
                "only the sequence nothing needs is dropped");
        assertEquals(List.of("invoice_seq"), diff.notHandled().stream().map(Unsupported::name).toList());
    }

    @Test
    void withTheJpaScopeASequenceNothingNeedsIsKeptAndTheNeededOneStaysNotHandled() throws IOException {
        Schema models = entity("Invoice", "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;");
        Schema database = withSequences(models);
        DiffResult diff = new SchemaDiff().compare(database, models, new JpaModelSource(dir).scope(models));
        assertEquals(List.of(), diff.operations(), "JPA cannot describe sequences: none is dropped");
        assertEquals(List.of("sequence old_numbers"), diff.kept().stream().map(k -> k.kind() + " " + k.name()).toList(),
                "the one the entities need is named once, as not handled, not also as kept");
        assertEquals(List.of("invoice_seq"), diff.notHandled().stream().map(Unsupported::name).toList());
    }

    @Test
    void autoOnAUuidNeedsNoDatabaseObject() throws IOException {
        Schema schema = entity("Session", "@Id @GeneratedValue java.util.UUID id;");
        assertFalse(id(schema, "session").isAutoIncrement());
        assertEquals(List.of(), schema.unsupported());
    }

    @Test
    void tableIsHibernatesSharedSequencesTable() throws IOException {
        entity("Invoice", "@Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;");
        Schema schema = entity("Payment", "@Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;");
        Table expected = new Table("hibernate_sequences", List.of(
                new Column("sequence_name", string(255), false, null, false, false, false, null),
                new Column("next_val", BIGINT, true, null, false, false, false, null)),
                new PrimaryKey(null, List.of("sequence_name")), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("hibernate_sequences", "invoice", "payment"),
                schema.tables().stream().map(Table::name).toList(), "one table for both entities");
        assertEquals(expected, schema.table("hibernate_sequences").orElseThrow());
        assertFalse(id(schema, "payment").isAutoIncrement());
        assertEquals(List.of(), schema.unsupported());
    }

    /** The models' tables with two sequences: the one the entity's generator needs, and one nothing needs. */
    private static Schema withSequences(Schema models) {
        SchemaObject needed = new SchemaObject("sequence", "invoice_seq", "CREATE SEQUENCE invoice_seq INCREMENT BY 50",
                "DROP SEQUENCE invoice_seq");
        SchemaObject other = new SchemaObject("sequence", "old_numbers", "CREATE SEQUENCE old_numbers",
                "DROP SEQUENCE old_numbers");
        return new Schema(models.tables(), List.of(), List.of(), List.of(), List.of(needed, other));
    }
}
