package dev.retort.api;

import dev.retort.config.RetortConfig;
import dev.retort.autogen.DiffResult;
import dev.retort.autogen.ModelSource;
import dev.retort.autogen.ModelSources;
import dev.retort.autogen.SchemaDiff;
import dev.retort.error.RetortException;
import dev.retort.runtime.Database;
import dev.retort.runtime.Dialects;
import dev.retort.schema.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compares the models (the target schema) with a live database: what autogenerate writes and check reports. */
final class ModelComparison {
    private ModelComparison() {
    }

    static DiffResult compare(RetortConfig config, Database database) {
        Schema target = models(config, database).load();
        if (!isSqlFile(config.models())) {
            // A schema.sql is read back from the database already; models written in Java are spelled its way here.
            target = Dialects.asStored(database, target);
        }
        Schema current = database == null ? new Schema(List.of(), List.of())
                : database.dialect().inspector().inspect(database.connection());
        return new SchemaDiff(Dialects.diffHooks(dialectName(database))).compare(current, target);
    }

    private static String dialectName(Database database) {
        return database == null ? "sqlite" : database.dialect().name();
    }

    private static boolean isSqlFile(Path models) {
        return models != null && models.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
    }

    private static ModelSource models(RetortConfig config, Database database) {
        Path models = config.models();
        if (models == null) {
            throw new RetortException("no models configured: set `models` in retort.toml to a directory of JPA "
                    + "entities, a SchemaModel .java file or a schema .sql file");
        }
        if (!Files.exists(models)) {
            throw new RetortException("models path " + models + " does not exist; fix `models` in retort.toml");
        }
        // A schema.sql is applied to a scratch database of the same dialect and read back by its inspector.
        String dialect = dialectName(database);
        return ModelSources.fromPath(models, List.of(),
                Dialects.scratch(dialect, database == null ? null : database.connection()),
                database == null ? new dev.retort.dialect.sqlite.SqliteInspector() : database.dialect().inspector());
    }
}
