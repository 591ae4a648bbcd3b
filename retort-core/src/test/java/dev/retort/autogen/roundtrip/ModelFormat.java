package dev.retort.autogen.roundtrip;

import dev.retort.schema.Schema;

import java.io.IOException;
import java.nio.file.Path;

/** One of the three kinds of models `retort.toml` can point at, written from a schema the way a team would. */
interface ModelFormat {
    /** Whether this kind of model can say everything in {@code schema} (JPA has no CHECK, no partial index). */
    boolean canExpress(Schema schema);

    /** Writes (or rewrites) the models in {@code projectDir}; returns what `models` points at. */
    Path write(Path projectDir, Schema schema) throws IOException;
}
