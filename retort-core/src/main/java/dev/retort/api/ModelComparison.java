package dev.retort.api;

import dev.retort.autogen.DiffResult;
import dev.retort.autogen.ModelScope;
import dev.retort.autogen.ModelSource;
import dev.retort.autogen.ModelSources;
import dev.retort.autogen.SchemaDiff;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.runtime.Database;
import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

/** Compares the models (the target schema) with a live database: what autogenerate writes and check reports. */
final class ModelComparison {
    private ModelComparison() {
    }

    /** @param database the live database, or null where it does not exist yet (an empty schema is compared) */
    static DiffResult compare(RetortConfig config, Database database) {
        Dialect dialect = database != null ? database.dialect()
                : DialectRegistry.installed().forUrlOrDefault(config.url()).offline(config);
        Connection live = database == null ? null : database.connection();
        ModelSource source = models(config, dialect, live);
        Schema target = source.load();
        ModelScope scope = source.scope(target);
        if (!isSqlFile(config.models())) {
            // A schema.sql is read back from the database already; models written in Java are spelled its way here,
            // and what it cannot keep is named (every dialect, not only those that rewrite expressions).
            target = dialect.asStored(target, live);
        }
        Schema current = live == null ? new Schema(List.of(), List.of()) : dialect.inspector().inspect(live);
        return new SchemaDiff(dialect.diffHooks()).compare(current, target, scope);
    }

    private static boolean isSqlFile(Path models) {
        return models != null && models.toString().toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    private static ModelSource models(RetortConfig config, Dialect dialect, Connection live) {
        Path models = config.models();
        if (models == null) {
            throw new RetortException("no models configured: set `models` in retort.toml to a directory of JPA "
                    + "entities, a SchemaModel .java file or a schema .sql file");
        }
        if (!Files.exists(models)) {
            throw new RetortException("models path " + models + " does not exist; fix `models` in retort.toml");
        }
        // A schema.sql is applied to a scratch database of the same dialect and read back by its inspector.
        return ModelSources.fromPath(models, List.of(), dialect.scratch(live), dialect.inspector(),
                config.projectDir() == null ? null : config.projectDir().resolve(".retort-cache"));
    }
}
