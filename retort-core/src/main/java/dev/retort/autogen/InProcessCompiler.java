package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.script.JavaSourceCompiler;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles model sources into a temporary directory (with {@link JavaSourceCompiler}, as revisions are)
 * and loads them. The JPA annotations join the compile classpath from wherever their classes were
 * loaded, so models compile the same whether Retort runs from its jar or from class directories.
 */
final class InProcessCompiler {
    private InProcessCompiler() {
    }

    /** Compiled classes; closing it closes the class loader and deletes the directory when it is a temporary one. */
    record Compiled(Path directory, URLClassLoader loader, List<String> classNames, boolean temporary)
            implements AutoCloseable {
        List<Class<?>> load() {
            List<Class<?>> classes = new ArrayList<>();
            for (String name : classNames) {
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new RetortException("cannot load compiled model class " + name + ": " + e, e);
                }
            }
            return classes;
        }

        @Override
        public void close() {
            try {
                loader.close();
            } catch (IOException ignored) {
                // the directory goes below either way
            }
            if (temporary) {
                deleteTree(directory);
            }
        }
    }

    /** Like {@link #compile(List, List, String)}, with the classes kept in (and reused from) {@code cache}. */
    static Compiled compile(List<Path> sources, List<Path> classpath, String what, Path root, ModelCompileCache cache) {
        if (sources.isEmpty()) {
            throw new RetortException("no .java files in " + what + "; point `models` in retort.toml at your model sources");
        }
        Path classes = cache.classes(root, sources, classpath, compileClasspath(classpath), what);
        return loaded(classes, classpath, what, false);
    }

    /** @param what the source set, for messages: "models in models/" */
    static Compiled compile(List<Path> sources, List<Path> classpath, String what) {
        if (sources.isEmpty()) {
            throw new RetortException("no .java files in " + what + "; point `models` in retort.toml at your model sources");
        }
        Path out;
        try {
            out = Files.createTempDirectory("retort-models");
        } catch (IOException e) {
            throw new RetortException("cannot create a temporary directory to compile " + what + ": " + e.getMessage(), e);
        }
        try {
            JavaSourceCompiler.compile(sources, out, compileClasspath(classpath));
            return loaded(out, classpath, what, true);
        } catch (RuntimeException e) {
            deleteTree(out);
            throw e instanceof RetortException r ? r : new RetortException("cannot load " + what + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> compileClasspath(List<Path> classpath) {
        List<Path> compileClasspath = new ArrayList<>(classpath);
        compileClasspath.addAll(jpaAnnotations());
        return compileClasspath;
    }

    private static Compiled loaded(Path classes, List<Path> classpath, String what, boolean temporary) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (Path entry : classpath) {
                urls.add(entry.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new RetortException("cannot load " + what + ": " + e.getMessage(), e);
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), InProcessCompiler.class.getClassLoader());
        return new Compiled(classes, loader, classNames(classes), temporary);
    }

    private static List<Path> jpaAnnotations() {
        CodeSource source = jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return List.of(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException ignored) {
                // the JVM's classpath, which the compiler also gets, has to do
            }
        }
        return List.of();
    }

    private static List<String> classNames(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString())
                    .map(s -> s.substring(0, s.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
