package dev.retort.autogen.roundtrip;

import java.nio.file.Path;

/**
 * Every model change round-trips on the test dialect (dev.retort.dialect.testlite, registered through
 * ServiceLoader in the test classpath alone): a dialect added as a jar runs the migration scenarios with no
 * change to generic code. Its database is a SQLite file, reached by a {@code jdbc:testlite:} URL.
 */
class TestliteRoundTripTest extends RoundTripContract {
    @Override
    ModelFormat format() {
        return new SqlModelFile();
    }

    @Override
    RoundTripDatabase database(Path dir) {
        Path file = dir.resolve("app.testlite");
        return RoundTripDatabase.sqliteFile(file, "jdbc:testlite:" + file);
    }
}
