package dev.retort.autogen;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Types;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnDefinitionTest {

    @Test
    void readsTypeNullabilityDefaultAndNamedCheck() {
        ColumnDefinition d = ColumnDefinition.parse(
                "VARCHAR(20) NOT NULL DEFAULT 'queued' CONSTRAINT ck_status CHECK (status IN ('queued', 'done'))");
        assertEquals(Types.string(20), d.type());
        assertTrue(d.notNull());
        assertEquals("'queued'", d.serverDefault());
        assertEquals(new CheckConstraint("ck_status", "status IN ('queued', 'done')"), d.check());
    }

    @Test
    void readsAnUnnamedCheckAndNoCheckAtAll() {
        assertEquals(new CheckConstraint(null, "score >= 0"), ColumnDefinition.parse("INTEGER CHECK (score >= 0)").check());
        ColumnDefinition plain = ColumnDefinition.parse("TEXT");
        assertNull(plain.check());
        assertFalse(plain.notNull());
    }
}
