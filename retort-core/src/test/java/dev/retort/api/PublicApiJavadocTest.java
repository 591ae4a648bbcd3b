package dev.retort.api;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public and protected type, method, constructor and field of the library's API has a javadoc comment: the
 * packages an application (or a revision) programs against. javac's doclint finds the ones without.
 */
class PublicApiJavadocTest {
    private static final String API_PACKAGES = "dev.retort.api,dev.retort.config,dev.retort.error,dev.retort.script,"
            + "dev.retort.revision,dev.retort.ops,dev.retort.schema";

    @Test
    void everyPublicTypeAndMemberOfTheApiHasAComment(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", classpath.replace(File.pathSeparator
                    + File.pathSeparator, File.pathSeparator), "--release", "17", "-proc:none", "-Xmaxwarns", "10000",
                    "-Xdoclint:missing/protected", "-Xdoclint/package:" + API_PACKAGES);
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(compiled, () -> "the sources did not compile: " + diagnostics.getDiagnostics());
        }
        List<String> missing = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.WARNING && d.getMessage(Locale.ROOT).startsWith("no comment")) {
                missing.add(d.getSource().getName() + ":" + d.getLineNumber());
            }
        }
        assertEquals(List.of(), missing, "public API without a javadoc comment");
    }
}
