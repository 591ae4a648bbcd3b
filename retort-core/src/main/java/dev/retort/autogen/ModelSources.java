package dev.retort.autogen;

import dev.retort.dialect.Inspector;
import dev.retort.error.RetortException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Picks the model source a path in {@code retort.toml}'s {@code models} stands for. */
public final class ModelSources {
    private ModelSources() {
    }

    /**
     * A directory: JPA entity sources. A {@code .java} file: a {@link SchemaModel}. A {@code .sql} file: a
     * schema applied to {@code scratch} and read back with {@code inspector} (both may be null otherwise).
     *
     * @param classpath what Java models need besides Retort and JPA
     */
    public static ModelSource fromPath(Path path, List<Path> classpath, ScratchDatabase scratch, Inspector inspector) {
        return fromPath(path, classpath, scratch, inspector, null);
    }

    /**
     * As {@link #fromPath(Path, List, ScratchDatabase, Inspector)}, with Java models' compiled classes kept in
     * {@code cacheDir} between runs (null: compiled afresh each time).
     */
    public static ModelSource fromPath(Path path, List<Path> classpath, ScratchDatabase scratch, Inspector inspector,
                                       Path cacheDir) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (Files.isDirectory(path)) {
            return new JpaModelSource(path, classpath, cacheDir);
        }
        if (!Files.exists(path)) {
            throw new RetortException("models path " + path + " does not exist; set `models` in retort.toml to a"
                    + " directory of JPA entities, a SchemaModel .java file or a schema .sql file");
        }
        if (name.endsWith(".java")) {
            return new DslModelSource(path, classpath, cacheDir);
        }
        if (name.endsWith(".sql")) {
            if (scratch == null || inspector == null) {
                throw new IllegalArgumentException("a .sql model needs a scratch database and an inspector");
            }
            return new SqlFileModelSource(path, scratch, inspector);
        }
        throw new RetortException("models path " + path + " is neither a directory, a .java file nor a .sql file;"
                + " point `models` in retort.toml at one of those");
    }

    /** The Java kinds only: a directory of JPA entities or a SchemaModel source file. */
    public static ModelSource fromPath(Path path) {
        if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql") && Files.isRegularFile(path)) {
            throw new IllegalArgumentException("a .sql model needs a scratch database and an inspector");
        }
        return fromPath(path, List.of(), null, null);
    }
}
