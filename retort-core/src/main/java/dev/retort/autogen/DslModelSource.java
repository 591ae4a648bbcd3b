package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The target schema from a {@link SchemaModel}: a single Java source file, compiled in process, that
 * declares exactly one class implementing it; or, for applications, a class already on the classpath.
 */
public final class DslModelSource implements ModelSource {
    private final Path sourceFile;
    private final List<Path> classpath;
    private final Class<? extends SchemaModel> type;
    private final ModelCompileCache cache;

    /** @param classpath jars or directories the model needs besides Retort */
    public DslModelSource(Path sourceFile, List<Path> classpath) {
        this(sourceFile, classpath, null);
    }

    /**
     * A model whose compiled classes are kept in {@code cacheDir} (e.g. the project's {@code .retort-cache}) and
     * reused while the source is unchanged, as JPA models' are: autogenerate and each check then cost a class
     * load rather than a compile. Null compiles afresh each time.
     */
    public DslModelSource(Path sourceFile, List<Path> classpath, Path cacheDir) {
        this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        this.classpath = List.copyOf(classpath);
        this.type = null;
        this.cache = cacheDir == null ? null : new ModelCompileCache(cacheDir);
    }

    public DslModelSource(Path sourceFile) {
        this(sourceFile, List.of());
    }

    public DslModelSource(Class<? extends SchemaModel> type) {
        this.sourceFile = null;
        this.classpath = List.of();
        this.type = Objects.requireNonNull(type, "type");
        this.cache = null;
    }

    /**
     * A {@link Schema} can hold views, triggers and dialect objects, so a SchemaModel may declare each kind; the
     * kinds it declares none of (most models: {@link SchemaModel#tables}) it does not describe, and the database's
     * objects of those kinds are kept rather than dropped.
     */
    @Override
    public ModelScope scope(Schema models) {
        return ModelScope.declaredIn(models, "the SchemaModel declares no");
    }

    @Override
    public Schema load() {
        if (type != null) {
            return build(type, type.getName());
        }
        if (!Files.isRegularFile(sourceFile)) {
            throw new RetortException("model file " + sourceFile + " does not exist; set `models` in retort.toml");
        }
        List<Path> sources = List.of(sourceFile);
        String what = sourceFile.toString();
        Path root = sourceFile.getParent() == null ? Path.of("") : sourceFile.getParent();
        try (InProcessCompiler.Compiled compiled = cache == null ? InProcessCompiler.compile(sources, classpath, what)
                : InProcessCompiler.compile(sources, classpath, what, root, cache)) {
            List<Class<?>> models = compiled.load().stream()
                    .filter(c -> SchemaModel.class.isAssignableFrom(c) && !c.isInterface()
                            && !Modifier.isAbstract(c.getModifiers()))
                    .toList();
            if (models.size() != 1) {
                throw new RetortException(sourceFile + " declares " + (models.isEmpty() ? "no class"
                        : models.size() + " classes ("
                        + String.join(", ", models.stream().map(Class::getName).toList()) + ")")
                        + " implementing dev.retort.autogen.SchemaModel; it needs exactly one");
            }
            return build(models.get(0), sourceFile.toString());
        }
    }

    private static Schema build(Class<?> model, String where) {
        SchemaModel instance;
        try {
            Constructor<?> constructor = model.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = (SchemaModel) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new RetortException(where + ": " + model.getName() + " needs a constructor without arguments");
        } catch (InvocationTargetException e) {
            throw new RetortException(where + ": creating " + model.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RetortException(where + ": cannot create " + model.getName() + ": " + e, e);
        }
        Schema schema;
        try {
            schema = instance.schema();
        } catch (RuntimeException e) {
            throw new RetortException(where + ": " + model.getName() + ".schema() failed: " + e, e);
        }
        if (schema == null) {
            throw new RetortException(where + ": " + model.getName() + ".schema() returned null; return the target Schema");
        }
        return schema;
    }
}
