package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.ops.Migration;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Turns a revision file into a runnable {@link Migration}. Java revisions are compiled only when they
 * must run, and their bytecode is cached by the hash of the source (and Retort's version), so a
 * second run of the same file costs a class load.
 */
public final class MigrationLoader {
    /** From this many revisions on, {@link #loadAll} reads them on both cores. */
    private static final int PARALLEL_FROM = 64;
    private final Path cacheDir;

    /** @param cacheDir where compiled revisions are kept, e.g. {@code <project>/.retort-cache} */
    public MigrationLoader(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The runnable revision: precompiled by the build, parsed from SQL, or compiled (once) from Java. */
    public Migration load(RevisionScript script) {
        if (script.precompiled() != null) {
            return script.precompiled().migration();
        }
        if (script.format() == ScriptFormat.SQL) {
            return SqlMigration.read(script.file());
        }
        Path classes = compiled(script.file());
        return instantiate(script.file(), classes);
    }

    /**
     * {@link #load} for many revisions, in their order, with the file work on both cores: SQL revisions are read
     * and parsed, and the classes of compiled Java revisions loaded, in parallel (from {@link #PARALLEL_FROM} on). Each Java revision is then
     * created here, in order, so its own code runs on the caller's thread; a failure is the first in order.
     */
    public List<Migration> loadAll(List<RevisionScript> scripts) {
        Object[] ready = new Object[scripts.size()];
        IntStream indexes = IntStream.range(0, scripts.size());
        // A few are not worth starting the other core for.
        (scripts.size() >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(i -> {
            RevisionScript script = scripts.get(i);
            try {
                if (script.precompiled() == null && script.format() == ScriptFormat.SQL) {
                    ready[i] = SqlMigration.read(script.file());
                } else if (script.precompiled() == null) {
                    Path classes = cacheDir.resolve(cacheKey(script.file()));
                    if (Files.isDirectory(classes)) {
                        ready[i] = migrationClass(script.file(), classes, List.of());
                    }
                }
            } catch (RuntimeException e) {
                ready[i] = e;
            }
        });
        List<Migration> loaded = new ArrayList<>(scripts.size());
        for (int i = 0; i < scripts.size(); i++) {
            RevisionScript script = scripts.get(i);
            if (ready[i] instanceof RuntimeException failure) {
                throw failure;
            }
            loaded.add(ready[i] instanceof Migration migration ? migration
                    : ready[i] instanceof Class<?> type ? create(type, script.file(), revisionId(script.file()))
                    : load(script));
        }
        return loaded;
    }

    /**
     * Compiles, in one compiler run, every Java revision of {@code scripts} that is not in the cache yet, so that
     * a run of many new revisions starts the compiler once. Best effort: whatever this does not cache (a revision
     * that does not compile, say) {@link #load} compiles on its own and reports as before.
     */
    public void precompile(Collection<RevisionScript> scripts) {
        Map<Path, Path> pending = new LinkedHashMap<>();
        Map<Path, Path> targets = new LinkedHashMap<>();
        try {
            for (RevisionScript script : scripts) {
                if (script.precompiled() == null && script.format() == ScriptFormat.JAVA && !targets.containsKey(script.file())) {
                    Path target = cacheDir.resolve(cacheKey(script.file()));
                    if (!Files.isDirectory(target)) {
                        targets.put(script.file(), target);
                    }
                }
            }
            if (targets.size() < 2) {
                return;
            }
            Files.createDirectories(cacheDir);
            for (Path source : targets.keySet()) {
                pending.put(source, Files.createTempDirectory(cacheDir, "compiling-"));
            }
            if (JavaSourceCompiler.compileEach(pending, List.of())) {
                for (Map.Entry<Path, Path> compiled : pending.entrySet()) {
                    moveIn(compiled.getValue(), targets.get(compiled.getKey()));
                }
            }
        } catch (IOException | ScriptException e) {
            // load() compiles these one by one and reports what is wrong with them
        } finally {
            pending.values().forEach(MigrationLoader::deleteTree);
        }
    }

    /** Several runners may compile the same file at once: the first to move in wins. */
    private static void moveIn(Path work, Path target) throws IOException {
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // rename(2) onto a directory another runner just moved in fails with a plain "Directory not
            // empty" FileSystemException, not DirectoryNotEmptyException: what counts is that the target is there.
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    /** The cache's name for a source: the hash of its bytes and of Retort's version. */
    private static String cacheKey(Path source) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            byte[] version = RetortVersion.get().getBytes(StandardCharsets.UTF_8);
            byte[] keyed = new byte[bytes.length + version.length];
            System.arraycopy(bytes, 0, keyed, 0, bytes.length);
            System.arraycopy(version, 0, keyed, bytes.length, version.length);
            return Checksums.of(keyed);
        } catch (IOException e) {
            throw new ScriptException(source, 0, "cannot read: " + e.getMessage());
        }
    }

    private Path compiled(Path source) {
        Path target = cacheDir.resolve(cacheKey(source));
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Files.createDirectories(cacheDir);
            Path work = Files.createTempDirectory(cacheDir, "compiling-");
            try {
                JavaSourceCompiler.compile(List.of(source), work, List.of());
                moveIn(work, target);
            } catch (IOException e) {
                deleteTree(work);
                throw e;
            } catch (RuntimeException e) {
                deleteTree(work);
                throw e;
            }
        } catch (IOException e) {
            throw new ScriptException(source, 0, "cannot write compiled classes to " + cacheDir + ": " + e.getMessage());
        }
        return target;
    }

    /** The id a revision file's name starts with, which javac records as the file of each of its frames. */
    private static String revisionId(Path source) {
        String name = source.getFileName().toString();
        int underscore = name.indexOf('_');
        return underscore > 0 ? name.substring(0, underscore) : name;
    }

    private static Migration instantiate(Path source, Path classes) {
        return create(migrationClass(source, classes, List.of()), source, revisionId(source));
    }

    /**
     * A new instance of a revision's class. What its constructor or static initializer throws is the revision's
     * own failure, told in one line with its line in the revision file.
     */
    static Migration create(Class<?> type, Path source, String revisionId) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ScriptException(source, 0, "cannot create " + type.getSimpleName()
                    + ": it needs a constructor without parameters");
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new ScriptException(source, 0, "cannot create " + type.getSimpleName()
                    + ": its constructor failed" + RevisionCodeFailure.describe(e.getCause(), revisionId));
        } catch (ExceptionInInitializerError e) {
            throw new ScriptException(source, 0, "cannot create " + type.getSimpleName()
                    + ": its static initializer failed" + RevisionCodeFailure.describe(e, revisionId));
        } catch (ReflectiveOperationException e) {
            throw new ScriptException(source, 0, "cannot create " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The one class in {@code classes} (compiled from {@code source}) that implements Migration.
     *
     * @param classpath what else the revision was compiled against (the build's project classes), so that a
     *                  revision using the application's own classes can be loaded to be checked
     */
    static Class<?> migrationClass(Path source, Path classes, List<Path> classpath) {
        List<Class<?>> migrations = new ArrayList<>();
        URLClassLoader loader;
        try {
            List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
            for (Path entry : classpath) {
                urls.add(entry.toUri().toURL());
            }
            loader = new URLClassLoader(urls.toArray(URL[]::new), Migration.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new ScriptException(source, "cannot load compiled classes", e);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Class<?> type = loader.loadClass(name);
                if (Migration.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && !type.isInterface()) {
                    migrations.add(type);
                }
            }
        } catch (IOException | ClassNotFoundException | LinkageError e) {
            throw new ScriptException(source, "cannot load compiled classes: " + e, e);
        }
        if (migrations.size() != 1) {
            throw new ScriptException(source, 0, migrations.isEmpty()
                    ? "declares no class implementing Migration (with upgrade(Ops op) and downgrade(Ops op))"
                    : "declares " + migrations.size() + " classes implementing Migration; keep one per file");
        }
        try {
            migrations.get(0).getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new ScriptException(source, 0, "cannot create " + migrations.get(0).getSimpleName()
                    + ": it needs a constructor without parameters");
        }
        return migrations.get(0);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory in the cache is harmless
        }
    }
}
