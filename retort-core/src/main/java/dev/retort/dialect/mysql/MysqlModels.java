package dev.retort.dialect.mysql;

import dev.retort.dialect.UnkeptKeyClauses;
import dev.retort.schema.Schema;

/**
 * Models written in Java, as MySQL and MariaDB can keep them. InnoDB checks every key row by row as a statement
 * runs: it has no DEFERRABLE (the server refuses the word), and it parses MATCH but ignores it
 * (information_schema.REFERENTIAL_CONSTRAINTS.MATCH_OPTION is always NONE). A model that asks for either would
 * differ from the database for ever, and a key created from it would not behave as the model says; so the
 * clause is taken off and named as not handled instead ({@link UnkeptKeyClauses}): {@code check} exits 3 and
 * the revision says so in a {@code // Retort: not handled} comment. (A schema.sql never gets here: the scratch
 * server refuses DEFERRABLE and reads MATCH away.)
 */
final class MysqlModels {
    private static final String NO_DEFERRABLE = "InnoDB checks keys row by row and has no DEFERRABLE; the key is"
            + " created checked per statement: drop the clause from the model or defer the work in the application";
    private static final String NO_MATCH = "InnoDB parses MATCH and ignores it (REFERENTIAL_CONSTRAINTS.MATCH_OPTION is"
            + " always NONE), so a NULL in one column lets the row through: drop the clause or add a CHECK";

    private static final UnkeptKeyClauses UNKEPT = new UnkeptKeyClauses(NO_DEFERRABLE, NO_DEFERRABLE, NO_MATCH);

    private MysqlModels() {
    }

    static Schema withoutUnkeptClauses(Schema models) {
        return UNKEPT.takeOff(models);
    }
}
