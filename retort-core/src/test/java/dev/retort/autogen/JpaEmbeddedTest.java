package dev.retort.autogen;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code @Embedded} values are flattened into their entity's table, renamed by {@code @AttributeOverride}. */
class JpaEmbeddedTest {
    @TempDir
    Path dir;

    private Schema orders(String shippingOverrides) throws IOException {
        JpaModelSourceTest.write(dir, "o/Address.java", """
                package o;

                import jakarta.persistence.*;

                @Embeddable
                public class Address {
                    @Column(length = 80) String street;
                    @Column(name = "zip", length = 10, nullable = false) String postalCode;
                    @Embedded Geo geo;
                }
                """);
        JpaModelSourceTest.write(dir, "o/Geo.java", """
                package o;

                import jakarta.persistence.*;

                @Embeddable
                public class Geo { @Column(length = 2) String country; }
                """);
        JpaModelSourceTest.write(dir, "o/Order.java", """
                package o;

                import jakarta.persistence.*;

                @Entity @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @Embedded Address billing;
                    @Embedded
                    %s
                    Address shipping;
                }
                """.formatted(shippingOverrides));
        return new JpaModelSource(dir).load();
    }

    private static Column col(String name, int length, boolean nullable) {
        return new Column(name, string(length), nullable, null, false, false, false, null);
    }

    @Test
    void overriddenColumnsKeepBothCopiesOfTheEmbeddable() throws IOException {
        Table orders = orders("""
                @AttributeOverrides({
                    @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 120)),
                    @AttributeOverride(name = "postalCode", column = @Column(name = "ship_zip", length = 12)),
                    @AttributeOverride(name = "geo.country", column = @Column(name = "ship_country", length = 3))})""")
                .table("orders").orElseThrow();
        assertEquals(List.of("id", "street", "zip", "country", "ship_street", "ship_zip", "ship_country"),
                orders.columns().stream().map(Column::name).toList());
        assertEquals(List.of(col("street", 80, true), col("zip", 10, false), col("country", 2, true),
                col("ship_street", 120, true), col("ship_zip", 12, true), col("ship_country", 3, true)),
                orders.columns().subList(1, 7), "an override's @Column replaces the embeddable's, nullability too");
    }

    @Test
    void aChangedOverrideIsADifference() throws IOException {
        Schema before = orders("@AttributeOverride(name = \"street\", column = @Column(name = \"ship_street\"))");
        Schema after = orders("@AttributeOverride(name = \"street\", column = @Column(name = \"delivery_street\"))");
        assertEquals(List.of("id", "street", "zip", "country", "delivery_street"),
                after.table("orders").orElseThrow().columns().stream().map(Column::name).toList(),
                "without an override the second copy's columns collide with the first and are read once");
        assertFalse(new SchemaDiff().compare(before, after).isEmpty());
    }
}
