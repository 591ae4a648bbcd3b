package dev.retort.autogen.roundtrip;

/**
 * Every model change on PostgreSQL, with the models as a schema.sql in PostgreSQL's spelling: applied to a
 * scratch schema of the same database and read back.
 */
class PostgresSqlRoundTripTest extends PostgresRoundTripContract {
    @Override
    ModelFormat format() {
        return SqlModelFile.postgres();
    }
}
