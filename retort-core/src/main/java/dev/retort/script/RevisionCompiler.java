package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.revision.Revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build step that turns a {@code versions/} folder into the classpath form: every source copied byte for byte
 * to {@code versions/}, every Java revision compiled on its own into {@code classes/<id>/}, and the
 * {@link RevisionIndex} beside them. Run by {@code retort-maven-plugin}'s {@code compile-revisions}, so that an
 * application runs its revisions from its jar without a compiler.
 */
public final class RevisionCompiler {
    private static final String VERSIONS = "versions/";

    /**
     * What a compile wrote.
     *
     * @param index    the index file
     * @param java     how many Java revisions it holds
     * @param sql      how many SQL revisions it holds
     * @param compiled how many Java revisions were compiled now (the others were unchanged since the last build)
     */
    public record Result(Path index, int java, int sql, int compiled) {
    }

    private RevisionCompiler() {
    }

    /**
     * Writes the classpath form of {@code scripts} into {@code outputDir} (e.g. {@code target/classes/db/retort}).
     * A Java revision whose source and Retort version are unchanged since the last build keeps its classes.
     *
     * @param classpath what revisions compile against besides Retort (the project's own classes and libraries)
     */
    public static Result compile(ScriptDirectory scripts, Path outputDir, List<Path> classpath) {
        Path indexFile = outputDir.resolve(ResourceRoot.INDEX);
        Map<String, RevisionIndex.Entry> previous = previous(indexFile);
        List<RevisionIndex.Entry> entries = new ArrayList<>();
        int java = 0;
        int sql = 0;
        int compiled = 0;
        try {
            MigrationLoader.deleteTree(outputDir.resolve(VERSIONS));
            Files.createDirectories(outputDir.resolve(VERSIONS));
            keepOnly(outputDir.resolve(Precompiled.CLASSES), previous.keySet());
            for (Revision revision : scripts.graph().topological()) {
                RevisionScript script = scripts.script(revision.id());
                byte[] source = script.source();
                String sha256 = Checksums.of(source);
                String name = VERSIONS + script.file().getFileName();
                Files.write(outputDir.resolve(name), source);
                String className = null;
                if (script.format() == ScriptFormat.JAVA) {
                    java++;
                    Path classes = outputDir.resolve(Precompiled.CLASSES + revision.id());
                    RevisionIndex.Entry before = previous.get(revision.id());
                    if (before != null && before.sha256().equals(sha256) && before.className() != null
                            && Files.isDirectory(classes)) {
                        className = before.className();
                    } else {
                        MigrationLoader.deleteTree(classes);
                        Files.createDirectories(classes);
                        JavaSourceCompiler.compile(List.of(script.file()), classes, classpath);
                        className = MigrationLoader.migrationClass(script.file(), classes, classpath).getName();
                        compiled++;
                    }
                } else {
                    sql++;
                    // Parsed now so that a broken SQL revision fails the build, not the application's start.
                    SqlMigration.parse(new String(source, StandardCharsets.UTF_8), script.file());
                    MigrationLoader.deleteTree(outputDir.resolve(Precompiled.CLASSES + revision.id()));
                }
                entries.add(new RevisionIndex.Entry(revision, name, sha256, className, script.revisesLine()));
            }
            Files.writeString(indexFile, RevisionIndex.write(entries, RetortVersion.get()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(outputDir + ": cannot write the compiled revisions: " + e.getMessage(), e);
        }
        return new Result(indexFile, java, sql, compiled);
    }

    /** The last build's entries, when it was made by this Retort version; else nothing is reused. */
    private static Map<String, RevisionIndex.Entry> previous(Path indexFile) {
        Map<String, RevisionIndex.Entry> byId = new HashMap<>();
        if (!Files.isRegularFile(indexFile)) {
            return byId;
        }
        try {
            byte[] content = Files.readAllBytes(indexFile);
            if (!new String(content, StandardCharsets.UTF_8).contains("\nretort: " + RetortVersion.get() + "\n")) {
                return byId;
            }
            for (RevisionIndex.Entry entry : RevisionIndex.parse(content, indexFile.toString())) {
                byId.put(entry.revision().id(), entry);
            }
        } catch (IOException | RetortException e) {
            byId.clear();
        }
        return byId;
    }

    /** Removes class folders of revisions that are gone, or that the last index does not vouch for. */
    private static void keepOnly(Path classesDir, java.util.Set<String> ids) throws IOException {
        if (!Files.isDirectory(classesDir)) {
            return;
        }
        try (Stream<Path> folders = Files.list(classesDir)) {
            for (Path folder : folders.toList()) {
                if (!ids.contains(folder.getFileName().toString())) {
                    MigrationLoader.deleteTree(folder);
                }
            }
        }
    }
}
