package dev.retort.autogen;

import dev.retort.schema.Schema;

/** Where autogenerate and {@code check} get the target schema: JPA entities, a {@link SchemaModel}, a schema.sql. */
public interface ModelSource {
    /** Reads the models; a problem in them is a RetortException naming the file and the fix. */
    Schema load();

    /**
     * Which kinds of objects these models describe, {@code models} being what {@link #load} returned: the database's
     * objects of other kinds are kept and named rather than dropped. By default every kind, as a {@code schema.sql}.
     */
    default ModelScope scope(Schema models) {
        return ModelScope.everything();
    }
}
