package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.ops.Migration;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles Java sources in-process with the JDK's compiler, against Retort's own classes, so revision
 * files and models need no build step of their own. Errors name the file and line.
 */
public final class JavaSourceCompiler {
    private static JavaCompiler compiler;

    private JavaSourceCompiler() {
    }

    /**
     * Compiles {@code sources} into {@code outputDir}.
     *
     * @param extraClasspath more entries for the compile classpath (e.g. the jar of jakarta.persistence)
     */
    public static void compile(List<Path> sources, Path outputDir, List<Path> extraClasspath) {
        JavaCompiler javac = compiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", outputDir.toString(), "-classpath", classpath(extraClasspath),
                    "--release", "17", "-proc:none", "-g", "-nowarn", "-implicit:none");
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw firstError(diagnostics, sources);
            }
        } catch (IOException e) {
            throw new RetortException("cannot compile " + sources + ": " + e.getMessage());
        }
    }

    /**
     * Compiles many sources in one compiler run, each source's classes into its own directory: the compiler and
     * the JDK's class index ({@code ct.sym}, for {@code --release}) start once instead of once per source.
     *
     * @param outputDirs where each source's classes go, by source
     * @return false when any source failed; the caller compiles them one by one to report the first error the way
     *         a single compile does (and sources that clash, such as two revisions declaring the same class, pass there)
     */
    public static boolean compileEach(Map<Path, Path> outputDirs, List<Path> extraClasspath) {
        JavaCompiler javac = compiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             JavaFileManager routed = new PerSourceOutput(files, outputDirs)) {
            List<String> options = List.of("-classpath", classpath(extraClasspath),
                    "--release", "17", "-proc:none", "-g", "-nowarn", "-implicit:none");
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(outputDirs.keySet());
            return javac.getTask(null, routed, diagnostics, options, null, units).call();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static synchronized JavaCompiler compiler() {
        if (compiler == null) {
            compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler == null) {
                throw new RetortException("Java revisions and models are compiled in-process, which needs a JDK, "
                        + "not a JRE: run Retort with a JDK's java");
            }
        }
        return compiler;
    }

    private static RetortException firstError(DiagnosticCollector<JavaFileObject> diagnostics, List<Path> sources) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (errors.isEmpty()) {
            return new RetortException("cannot compile " + sources + ": the compiler failed without saying why");
        }
        return CompileDiagnostics.toException(errors, sources);
    }

    /** The classpath Retort runs with, plus where its own classes are (an application server's loader may hide them). */
    private static String classpath(List<Path> extra) {
        Set<String> entries = new LinkedHashSet<>();
        for (Path path : extra) {
            entries.add(path.toString());
        }
        try {
            var source = Migration.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            }
        } catch (URISyntaxException | SecurityException ignored) {
            // fall back to java.class.path alone
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }
}
