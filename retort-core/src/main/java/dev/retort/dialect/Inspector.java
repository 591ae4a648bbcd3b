package dev.retort.dialect;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;

import java.sql.Connection;
import java.util.Optional;

/** Reads a live database's schema into the neutral model. Retort's own tables are left out. */
public interface Inspector {
    Schema inspect(Connection connection);

    Optional<Table> table(Connection connection, String name);
}
