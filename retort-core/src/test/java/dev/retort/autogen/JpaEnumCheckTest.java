package dev.retort.autogen;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @Enumerated} columns carry the CHECK Hibernate 6 writes for them. */
class JpaEnumCheckTest {
    @TempDir
    Path dir;

    private Schema ticketWith(String stateValues) throws IOException {
        JpaModelSourceTest.write(dir, "t/Ticket.java", """
                package t;

                import jakarta.persistence.*;

                @Entity @Table(name = "tickets")
                public class Ticket {
                    public enum State { %s }
                    public enum Priority { LOW, MEDIUM, HIGH }

                    @Id Long id;
                    @Enumerated(EnumType.STRING) @Column(length = 20) State state;
                    @Enumerated(EnumType.ORDINAL) Priority priority;
                    Priority fallback;
                    @Enumerated(EnumType.STRING) @Column(columnDefinition = "varchar(20)") State spelled;
                }
                """.formatted(stateValues));
        return new JpaModelSource(dir).load();
    }

    @Test
    void stringEnumsCheckTheNamesAndOrdinalEnumsTheRange() throws IOException {
        Table tickets = ticketWith("OPEN, CLOSED").table("tickets").orElseThrow();
        assertEquals(List.of(CheckConstraint.check("state IN ('OPEN','CLOSED')"),
                CheckConstraint.check("priority BETWEEN 0 AND 2"),
                CheckConstraint.check("fallback BETWEEN 0 AND 2")), tickets.checks(),
                "a columnDefinition replaces Hibernate's check, so 'spelled' has none");
    }

    @Test
    void aNewEnumValueIsADifference() throws IOException {
        Schema before = ticketWith("OPEN, CLOSED");
        Schema after = ticketWith("OPEN, CLOSED, REOPENED");
        assertTrue(after.table("tickets").orElseThrow().checks()
                .contains(CheckConstraint.check("state IN ('OPEN','CLOSED','REOPENED')")));
        assertFalse(new SchemaDiff().compare(before, after).isEmpty());
        assertTrue(new SchemaDiff().compare(after, after).isEmpty());
    }
}
