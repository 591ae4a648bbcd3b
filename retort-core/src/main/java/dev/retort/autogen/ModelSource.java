package dev.retort.autogen;

import dev.retort.schema.Schema;

/** Where autogenerate and {@code check} get the target schema: JPA entities, a {@link SchemaModel}, a schema.sql. */
public interface ModelSource {
    /** Reads the models; a problem in them is a RetortException naming the file and the fix. */
    Schema load();
}
