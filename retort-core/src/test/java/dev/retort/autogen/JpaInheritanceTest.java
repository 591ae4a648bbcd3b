package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity hierarchies laid out as Hibernate 6 does for SINGLE_TABLE and JOINED. */
class JpaInheritanceTest {
    @TempDir
    Path dir;

    private Schema payments(String rootAnnotations) throws IOException {
        JpaModelSourceTest.write(dir, "p/Payment.java", """
                package p;

                import jakarta.persistence.*;

                @Entity @Table(name = "payments")
                %s
                public class Payment {
                    @Id Long id;
                    @Column(nullable = false) Integer amount;
                }
                """.formatted(rootAnnotations));
        JpaModelSourceTest.write(dir, "p/CardPayment.java", """
                package p;

                import jakarta.persistence.*;

                @Entity @Table(name = "card_payments")
                public class CardPayment extends Payment {
                    @Column(nullable = false, length = 4) String lastDigits;
                }
                """);
        JpaModelSourceTest.write(dir, "p/Refund.java", """
                package p;

                import jakarta.persistence.*;

                @Entity
                public class Refund {
                    @Id Long id;
                    @ManyToOne CardPayment card;
                }
                """);
        return new JpaModelSource(dir).load();
    }

    private static Column col(String name, dev.retort.schema.ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false, false, false, null);
    }

    private static ForeignKey fk(String column, String table) {
        return new ForeignKey(null, List.of(column), table, List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION);
    }

    @Test
    void singleTableHoldsTheSubclassColumnsAsNullableBesideADtypeColumn() throws IOException {
        Schema schema = payments("");
        assertEquals(List.of("payments", "refund"), schema.tables().stream().map(Table::name).toList());
        Table payments = schema.table("payments").orElseThrow();
        assertEquals(List.of(col("dtype", string(31), false), col("id", BIGINT, false), col("amount", INTEGER, false),
                col("last_digits", string(4), true)), payments.columns(),
                "NOT NULL on a subclass column would refuse the other classes' rows");
        assertEquals(new PrimaryKey(null, List.of("id")), payments.primaryKey());
        assertEquals(List.of(fk("card_id", "payments")), schema.table("refund").orElseThrow().foreignKeys(),
                "a reference to the subclass is a reference to the shared table");
    }

    @Test
    void aDiscriminatorColumnRenamesAndRetypesIt() throws IOException {
        Table payments = payments("@DiscriminatorColumn(name = \"kind\", discriminatorType = DiscriminatorType.INTEGER)")
                .table("payments").orElseThrow();
        assertEquals(col("kind", INTEGER, false), payments.columns().get(0));
        Schema plain = payments("");
        Schema renamed = payments("@DiscriminatorColumn(name = \"kind\")");
        assertFalse(new SchemaDiff().compare(plain, renamed).isEmpty());
    }

    @Test
    void joinedGivesEachClassATableKeyedByAForeignKeyToItsParent() throws IOException {
        Schema schema = payments("@Inheritance(strategy = InheritanceType.JOINED)");
        assertEquals(List.of("card_payments", "payments", "refund"), schema.tables().stream().map(Table::name).toList());
        assertEquals(new Table("payments", List.of(col("id", BIGINT, false), col("amount", INTEGER, false)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(), List.of()),
                schema.table("payments").orElseThrow(), "no discriminator unless one is declared");
        assertEquals(new Table("card_payments", List.of(col("id", BIGINT, false), col("last_digits", string(4), false)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(fk("id", "payments")), List.of(), List.of()),
                schema.table("card_payments").orElseThrow());
        assertEquals(List.of(fk("card_id", "card_payments")), schema.table("refund").orElseThrow().foreignKeys());
        assertTrue(new SchemaDiff().compare(schema, schema).isEmpty());
        assertFalse(new SchemaDiff().compare(payments(""), schema).isEmpty());
    }

    @Test
    void tablePerClassIsAnErrorNamingTheRoot() throws IOException {
        RetortException e = assertThrows(RetortException.class,
                () -> payments("@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)"));
        assertEquals("Payment: Retort does not read @Inheritance(TABLE_PER_CLASS) yet; use SINGLE_TABLE or JOINED,"
                + " or describe these tables with a SchemaModel", e.getMessage());
    }
}
