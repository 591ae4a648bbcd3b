package dev.retort.dialect.postgres;

import dev.retort.ops.Execute;
import dev.retort.schema.SchemaObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.binary;
import static dev.retort.schema.Types.raw;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the diff counts as the same on PostgreSQL; the expressions are PostgreSQL's own printings. */
class PostgresDiffHooksTest {
    private final PostgresDiffHooks hooks = new PostgresDiffHooks();

    @Test
    void anExpressionPrintedAgainAfterBeingStoredIsTheSame() {
        // plan IN ('free', 'pro') as printed, and that printed text stored and printed again (PostgreSQL 15).
        assertTrue(hooks.sameExpression(
                "plan::text = ANY (ARRAY['free'::character varying, 'pro'::character varying]::text[])",
                "plan::text = ANY (ARRAY['free'::character varying::text, 'pro'::character varying::text])"));
        assertTrue(hooks.sameExpression("lower(name::text)", "lower((name)::text)"));
        assertTrue(hooks.sameExpression("(score >= 0) AND (score <= 100)", "score >= 0 AND score <= 100"));
    }

    @Test
    void differentExpressionsStayDifferent() {
        assertFalse(hooks.sameExpression("price >= 0::numeric", "price > 0::numeric"));
        assertFalse(hooks.sameExpression("lower(name::text)", "upper(name::text)"));
        assertFalse(hooks.sameExpression("plan::text = ANY (ARRAY['free'::text])", "plan::text = ANY (ARRAY['pro'::text])"));
        assertFalse(hooks.sameExpression("code = 'a::text'", "code = 'a'"), "a cast inside a string literal is text");
    }

    @Test
    void typesDefaultsAndGeneratedKeys() {
        assertTrue(hooks.sameType(binary(16), BLOB), "PostgreSQL has one binary type, bytea");
        assertTrue(hooks.sameType(raw("int4"), INTEGER));
        assertTrue(hooks.sameType(raw("character varying(20)"), string(20)));
        assertFalse(hooks.sameType(string(20), string(30)));
        assertFalse(hooks.sameGeneratedKeyType(INTEGER, BIGINT), "an identity column keeps its declared width");
        assertTrue(hooks.sameDefault("true", "1"));
        assertTrue(hooks.sameDefault("FALSE", "0"));
        assertFalse(hooks.sameDefault("'x'", "'y'"));
    }

    @Test
    void aFunctionWhoseBodyChangedIsReplacedInPlaceAndOneWhoseResultChangedIsDroppedAndCreated() {
        String v1 = "CREATE OR REPLACE FUNCTION touch()\n RETURNS trigger\n LANGUAGE plpgsql\n"
                + "AS $function$ BEGIN RETURN NEW; END $function$";
        SchemaObject current = touch(v1);
        SchemaObject body = touch(v1.replace("RETURN NEW", "RETURN OLD"));
        assertEquals(List.of(new Execute(body.create(), PostgresProvider.NAME, current.create())),
                hooks.alterObject(current, body), "CREATE OR REPLACE both ways, so the trigger on it stays");
        SchemaObject result = touch(v1.replace("trigger", "integer"));
        assertNull(hooks.alterObject(current, result), "CREATE OR REPLACE cannot change the result: drop and create");
        assertEquals("DROP FUNCTION touch()", current.drop());
    }

    private static SchemaObject touch(String definition) {
        return PostgresFunctions.function(PostgresFunctions.FUNCTION, "touch", "", definition);
    }

    @Test
    void aSequenceIsAlteredWithTheClausesItWasCreatedWith() {
        SchemaObject current = PostgresSequences.sequence("Numbers", "bigint", 1, 1, Long.MAX_VALUE, 1000, 1, false);
        SchemaObject target = PostgresSequences.sequence("Numbers", "integer", 10, 1, Integer.MAX_VALUE, 1000, 20,
                true);
        assertEquals("CREATE SEQUENCE \"Numbers\" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807"
                + " START WITH 1000 CACHE 1 NO CYCLE", current.create());
        assertEquals(List.of(new Execute("ALTER SEQUENCE \"Numbers\" AS integer INCREMENT BY 10 MINVALUE 1 MAXVALUE"
                        + " 2147483647 START WITH 1000 CACHE 20 CYCLE", PostgresProvider.NAME, "ALTER SEQUENCE \"Numbers\""
                        + " AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1 NO CYCLE")),
                hooks.alterObject(current, target));
    }
}
