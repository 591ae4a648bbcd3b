package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The target schema from a directory of JPA-annotated sources ({@code jakarta.persistence}), compiled in
 * process like revisions. What is read, and the snake_case default names, are described on
 * {@link JpaEntityReader}. Applications that already have their entities compiled use {@link #ofClasses}.
 */
public final class JpaModelSource implements ModelSource {
    private final Path modelsDir;
    private final List<Path> classpath;
    private final ModelCompileCache cache;

    /** @param classpath jars or directories the models need besides JPA and Retort (their own libraries) */
    public JpaModelSource(Path modelsDir, List<Path> classpath) {
        this(modelsDir, classpath, null);
    }

    /**
     * Models whose compiled classes are kept in {@code cacheDir} (e.g. the project's {@code .retort-cache}) and
     * reused while the sources are unchanged.
     */
    public JpaModelSource(Path modelsDir, List<Path> classpath, Path cacheDir) {
        this.modelsDir = Objects.requireNonNull(modelsDir, "modelsDir");
        this.classpath = List.copyOf(classpath);
        this.cache = cacheDir == null ? null : new ModelCompileCache(cacheDir);
    }

    public JpaModelSource(Path modelsDir) {
        this(modelsDir, List.of());
    }

    /**
     * JPA maps tables (columns, keys, indexes, Hibernate's CHECKs); it has no place for views, triggers, functions,
     * sequences (a generator's is named as not handled by {@link JpaGenerators}) or partitions, so those are kept.
     */
    static final ModelScope SCOPE = ModelScope.tablesOnly("the JPA models do not describe");

    /** A source for entity classes already loaded; those without {@code @Entity} are ignored. */
    public static ModelSource ofClasses(List<Class<?>> entities) {
        List<Class<?>> copy = List.copyOf(entities);
        return new ModelSource() {
            @Override
            public Schema load() {
                return JpaEntityReader.read(copy);
            }

            @Override
            public ModelScope scope(Schema models) {
                return SCOPE;
            }
        };
    }

    @Override
    public ModelScope scope(Schema models) {
        return SCOPE;
    }

    @Override
    public Schema load() {
        if (!Files.isDirectory(modelsDir)) {
            throw new RetortException("models directory " + modelsDir + " does not exist; set `models` in retort.toml");
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(modelsDir)) {
            sources = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new RetortException("cannot read models directory " + modelsDir + ": " + e.getMessage(), e);
        }
        if (sources.isEmpty()) {
            throw new RetortException("models directory " + modelsDir + " has no .java files; point `models` in"
                    + " retort.toml at your entity sources");
        }
        String what = "models in " + modelsDir;
        try (InProcessCompiler.Compiled compiled = cache == null ? InProcessCompiler.compile(sources, classpath, what)
                : InProcessCompiler.compile(sources, classpath, what, modelsDir, cache)) {
            Schema schema = JpaEntityReader.read(compiled.load());
            if (schema.tables().isEmpty()) {
                throw new RetortException("no @Entity classes in " + modelsDir
                        + "; annotate the model classes with @jakarta.persistence.Entity");
            }
            return schema;
        }
    }
}
