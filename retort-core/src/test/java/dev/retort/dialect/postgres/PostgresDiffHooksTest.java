package dev.retort.dialect.postgres;

import org.junit.jupiter.api.Test;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.binary;
import static dev.retort.schema.Types.raw;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
