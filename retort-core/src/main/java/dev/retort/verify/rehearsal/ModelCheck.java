package dev.retort.verify.rehearsal;

import dev.retort.runtime.Database;

import java.util.List;

/**
 * The hook where {@code retort test} compares the rehearsal database, upgraded to head, with the models
 * ({@code models} in retort.toml). Autogenerate's diff plugs in here; until then, {@link #NONE} checks nothing.
 */
@FunctionalInterface
public interface ModelCheck {
    /** Stands for "no model comparison in this build": the report says the models were not checked. */
    ModelCheck NONE = database -> List.of();

    /** The differences between the database (at head) and the models, one line each; empty when they match. */
    List<String> differences(Database database);
}
